/**
 * What a beat does, whatever the framework calls it. Art direction picks layouts by role, and
 * the copywriter reads a reference page's headings the same way.
 */
export const stageRoles = ['problem', 'agitate', 'solution', 'benefit', 'proof', 'authority', 'offer', 'urgency', 'plan', 'audience', 'outcome', 'cta'] as const;
export type StageRole = (typeof stageRoles)[number];

/** Keyword cues, checked in order: the first role whose cue matches wins. */
const roleCues: ReadonlyArray<[StageRole, RegExp]> = [
  ['cta', /\b(call to action|action|cta|shop|buy|order now|get yours|sign up|book now|join now|subscribe)\b/i],
  ['agitate', /\b(agitat|worse|cost of|stakes|failure|what if you don't|risk)/i],
  ['proof', /\b(social proof|proof|review|testimonial|customers|loved|rated|trusted by|stars|what people|results)\b/i],
  ['authority', /\b(authority|guide|expert|about|our story|story|mission|founded|who we are|heritage|craft)\b/i],
  ['offer', /\b(offer|price|pricing|budget|reciprocity|deal|sale|free|discount|plans)\b/i],
  ['urgency', /\b(urgency|scarcity|timeline|limited|now|today|deadline|ends)\b/i],
  ['plan', /\b(plan|how it works|how to|steps?|commitment|get started|process)\b/i],
  ['audience', /\b(character|audience|customer|liking|made for|for you|who it's for|target)\b/i],
  ['outcome', /\b(success|outcome|desire|imagine|transformation|after)\b/i],
  ['benefit', /\b(benefit|feature|why choose|what you get|better|faster)\b/i],
  ['problem', /\b(problem|pain|need|attention|hook|tired|struggle|why)\b|\?$/i],
  ['solution', /\b(solution|interest|meet|introducing|unique value|value|product)\b/i],
];

export function roleFromText(text: string): StageRole | undefined {
  for (const [role, cue] of roleCues) if (cue.test(text)) return role;
  return undefined;
}

/** The role of a stage name from any framework, a model's own label, or a page heading. */
export function roleOfStage(stage: string): StageRole {
  return roleFromText(stage) ?? 'benefit';
}
