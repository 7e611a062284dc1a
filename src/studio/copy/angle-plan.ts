import type { WorkflowType } from '../../contract/workflow-catalog.ts';

export const angles = [
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

/** One distinct angle per variant: the type's own first, then the performance angles. */
export function anglesFor(type: WorkflowType, variants: number): Angle[] {
  const lead = leadAngle[type];
  const order = lead ? [lead, ...performanceAngles] : performanceAngles;
  return Array.from({ length: Math.max(1, variants) }, (_, i) => order[i % order.length] as Angle);
}
