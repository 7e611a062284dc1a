import type { StepId } from '../../src/contract/workflow-catalog.ts';

/** Pipeline steps as a person reads them in a progress line or a status message. */
export const stepLabels: Record<StepId, string> = {
  research: 'Research',
  script: 'Script',
  analysis: 'Analysis',
  art_direction: 'Art direction',
  video_generation: 'Video generation',
  image_generation: 'Image generation',
  audio: 'Voice and music',
  compose: 'Final cut',
  report: 'Report',
};
