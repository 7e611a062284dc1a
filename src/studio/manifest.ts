import type { DeliverableKind, Format, Quality, StepId, WorkflowType } from '../contract/workflow-catalog.ts';
import type { WriterInfo } from './script.ts';

/** A file the studio produced, with the facts a client needs to use it. Paths are relative to the output folder. */
export interface Deliverable {
  kind: DeliverableKind;
  path: string;
  mimeType: string;
  bytes: number;
  format?: Format;
  variantId?: string;
  width?: number;
  height?: number;
  durationSec?: number;
  hasAudio?: boolean;
}

export interface StepTiming {
  step: StepId;
  /** `resumed`: the output was found from an earlier run and reused. */
  status: 'completed' | 'resumed';
  ms: number;
}

export interface Manifest {
  version: 1;
  type: WorkflowType;
  quality: Quality;
  formats: Format[];
  createdAt: string;
  writer?: WriterInfo;
  steps: StepTiming[];
  deliverables: Deliverable[];
  /** Knowledge passages the copy used, with their source. */
  knowledgeUsed: Array<{ id?: string; source: string; excerpt: string }>;
  /** Plain sentences about anything degraded or skipped (no voice binary, an unreadable image…). */
  notices: string[];
}
