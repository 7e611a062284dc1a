import type { CopyFacts } from './copy-facts.ts';
import type { DiscoveredPain } from './pain-discovery.ts';
import type { StageContext, StageDraft, StageSpec } from './frameworks/stage-spec.ts';
import type { StageRole } from './stage-role.ts';
import { roleFromText } from './stage-role.ts';
import { capitalize } from './line-fitting.ts';
import {
  agitateDraft,
  audienceDraft,
  authorityDraft,
  benefitDraft,
  offerDraft,
  outcomeDraft,
  planDraft,
  problemDraft,
  proofDraft,
  solutionDraft,
  urgencyDraft,
} from './frameworks/stage-drafts.ts';

/**
 * `clone`: the reference page's sections, in their order, each re-told for our brand. A
 * "Tired of tangled cables?" heading becomes our pain as a question; "How it works" becomes
 * our plan; "What customers say" our proof.
 */
const draftsByRole: Record<Exclude<StageRole, 'cta'>, (ctx: StageContext) => StageDraft> = {
  problem: problemDraft,
  agitate: agitateDraft,
  solution: solutionDraft,
  benefit: benefitDraft,
  proof: proofDraft,
  authority: authorityDraft,
  offer: offerDraft,
  urgency: urgencyDraft,
  plan: planDraft,
  audience: audienceDraft,
  outcome: outcomeDraft,
};

const roleLabels: Record<Exclude<StageRole, 'cta'>, string> = {
  problem: 'Problem',
  agitate: 'Agitate',
  solution: 'Solution',
  benefit: 'Benefit',
  proof: 'Social proof',
  authority: 'Our story',
  offer: 'Offer',
  urgency: 'Urgency',
  plan: 'How it works',
  audience: 'Who it is for',
  outcome: 'Outcome',
};

/** One stage per reference section (calls to action fold into our closing beat). */
export function referenceStages(structure: readonly string[]): StageSpec[] {
  const stages: StageSpec[] = [];
  for (const heading of structure) {
    const role = roleFromText(heading) ?? 'benefit';
    if (role === 'cta') continue;
    stages.push({ name: roleLabels[role], role, build: draftsByRole[role] });
  }
  return stages;
}

/** Re-tells a heading in the same form (question, listicle, imperative, statement) for our brand. */
export function reapplyHeading(heading: string, f: CopyFacts, pain: DiscoveredPain): string {
  const text = heading.trim();
  const outcome = f.outcomes[0] ?? f.kind;
  if (text.endsWith('?')) {
    if (/^(tired|sick|still|struggling|fed up|done)\b/i.test(text)) return `Tired of ${pain.phrase}?`;
    if (/^why\b/i.test(text)) return `Why do ${f.audience} choose ${f.brand}?`;
    if (/^what if\b/i.test(text)) return `What if ${outcome} was this easy?`;
    return `Ready for ${outcome}?`;
  }
  const listicle = text.match(/^(\d+)\s+(\w+)/);
  if (listicle) return `${listicle[1]} ${listicle[2]} to choose ${f.brand}.`;
  const imperative = text.match(/^(meet|discover|try|get|shop|say hello to|introducing|find|see)\b/i);
  if (imperative?.[1]) return `${capitalize(imperative[1].toLowerCase())} ${f.productRef}.`;
  return `${f.brand}: ${f.benefits[0] ?? outcome}.`;
}
