import type { BrandProfiles } from '../brand/brand-profiles.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { BatchRepository } from './batch-repository.ts';
import type { JobDeps } from './job-deps.ts';
import type { JobQueue } from './job-queue.ts';

/** Launching needs the job layer plus the brand and knowledge (drawn into briefs), batches and the queue. */
export interface LaunchDeps extends JobDeps {
  brands: BrandProfiles;
  knowledge: KnowledgeBase;
  batches: BatchRepository;
  queue: JobQueue;
}
