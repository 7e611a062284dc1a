import type { Brief } from '../brief.ts';
import type { IndustryProfile } from '../copy/industry-profile.ts';
import { pickSeeded } from '../copy/brief-seed.ts';

export interface PresenterPersona {
  name: string;
  role: string;
}

const names = ['Maya', 'Omar', 'Lina', 'Jonas', 'Aisha', 'Theo', 'Sofia', 'Karim', 'Nora', 'Diego', 'Yara', 'Felix', 'Amara', 'Leo', 'Hana', 'Sami'];

/**
 * Who speaks in avatar and influencer cuts: a stable name from the brief's seed, and a role
 * that fits the format — an on-brand specialist presenting, or a creator in the niche.
 */
export function choosePresenter(brief: Brief, profile: IndustryProfile, seed: number): PresenterPersona | undefined {
  if (brief.type !== 'avatar' && brief.type !== 'influencer') return undefined;
  const name = pickSeeded(names, seed, 'presenter');
  const niche = profile.id === 'general' ? (brief.brand.industry ?? 'lifestyle') : profile.label;
  return brief.type === 'avatar'
    ? { name, role: `${capitalizeWords(niche)} specialist for ${brief.brand.name}` }
    : { name, role: `${niche} creator` };
}

function capitalizeWords(text: string): string {
  return text.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
