import type { WorkflowType } from '../../contract/workflow-catalog.ts';

export const angles = [
  'concept',
  'benefit',
  'social proof',
  'price',
  'urgency',
  'concept film',
  'brand story',
  'testimonial',
  'presenter',
  'reference structure',
] as const;
export type Angle = (typeof angles)[number];

/** The performance angles a multi-variant cut rotates through, strongest first. */
const performanceAngles: Angle[] = ['benefit', 'social proof', 'price', 'urgency'];

/** The angle each type leads with: its signature register. */
const leadAngle: Partial<Record<WorkflowType, Angle>> = {
  cinematic: 'concept film',
  brand: 'brand story',
  influencer: 'testimonial',
  avatar: 'presenter',
  clone: 'reference structure',
};

/**
 * One distinct angle per variant: the type's own first, then the performance angles. A type
 * without a signature register (factory, statics) leads with the brief's concept when it has
 * one: the idea the customer asked for is the benefit told their way, so it takes that slot.
 */
export function anglesFor(type: WorkflowType, variants: number, hasConcept = false): Angle[] {
  const lead = leadAngle[type];
  const order = lead ? [lead, ...performanceAngles] : hasConcept ? ['concept' as const, ...performanceAngles.slice(1)] : performanceAngles;
  return Array.from({ length: Math.max(1, variants) }, (_, i) => order[i % order.length] as Angle);
}
