import type { WorkflowType } from '../../../contract/workflow-catalog.ts';
import type { CopyVoice } from './copy-voice.ts';
import { filmVoice } from './film-voice.ts';
import { narratorVoice } from './narrator-voice.ts';
import { presenterVoice } from './presenter-voice.ts';
import { storytellerVoice } from './storyteller-voice.ts';
import { testimonialVoice } from './testimonial-voice.ts';

/** Each workflow type has its speaker: influencer testifies, avatar presents, brand tells its story. */
export function voiceForType(type: WorkflowType): CopyVoice {
  switch (type) {
    case 'influencer':
      return testimonialVoice;
    case 'avatar':
      return presenterVoice;
    case 'brand':
      return storytellerVoice;
    case 'cinematic':
      return filmVoice;
    default:
      return narratorVoice;
  }
}
