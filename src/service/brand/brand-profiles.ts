import { type BrandProfile, brandProfile, type StoredBrandProfile } from '../../contract/schemas/brand.ts';
import { parseOrThrow } from '../../contract/validation.ts';
import type { KeyValueStore } from '../../store/key-value-store.ts';

/** One brand profile per account; every launch after a save draws in it (jobs keep the one they started with). */
export interface BrandProfiles {
  get(accountId: string): Promise<StoredBrandProfile | null>;
  /** Replaces the profile as a whole. */
  save(accountId: string, profile: unknown): Promise<StoredBrandProfile>;
}

const brandKey = (accountId: string) => `brand:${accountId}`;

export function createBrandProfiles(store: KeyValueStore, now: () => Date): BrandProfiles {
  return {
    async get(accountId) {
      return (await store.get<StoredBrandProfile>(brandKey(accountId))) ?? null;
    },
    async save(accountId, input) {
      const profile: BrandProfile = parseOrThrow(brandProfile, input, 'request body');
      const stored: StoredBrandProfile = { ...profile, updatedAt: now().toISOString() };
      await store.set(brandKey(accountId), stored);
      return stored;
    },
  };
}

/** The profile without its timestamp: what a brief carries. */
export function brandOfProfile(stored: StoredBrandProfile | null): BrandProfile | undefined {
  if (!stored) return undefined;
  const { updatedAt: _updatedAt, ...profile } = stored;
  return profile;
}
