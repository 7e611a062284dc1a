import type { StepId } from '../../contract/workflow-catalog.ts';
import { analysisStep } from './analysis-step.ts';
import { artDirectionStep } from './art-direction-step.ts';
import { audioStep } from './audio-step.ts';
import { composeStep } from './compose-step.ts';
import { imageGenerationStep } from './image-generation-step.ts';
import { reportStep } from './report-step.ts';
import { research } from './research-step.ts';
import { scriptStep } from './script-step.ts';
import type { StepHandler } from './step-context.ts';
import { videoGenerationStep } from './video-generation-step.ts';

/** Which code runs each step id of the workflow catalog. */
export const stepHandlers: Record<StepId, StepHandler> = {
  research,
  script: scriptStep,
  analysis: analysisStep,
  art_direction: artDirectionStep,
  video_generation: videoGenerationStep,
  image_generation: imageGenerationStep,
  audio: audioStep,
  compose: composeStep,
  report: reportStep,
};
