import { costOf } from '../../contract/workflow-catalog.ts';
import { mediaProviders, offlineProviders } from '../../studio/render/index.ts';
import { checkLaunchAllowed } from '../accounts/plan-checks.ts';
import { brandOfProfile } from '../brand/brand-profiles.ts';
import { knowledgeForLaunch } from '../knowledge/launch-knowledge.ts';
import type { Account } from '../service-ports.ts';
import { briefForLaunch, type LaunchFields } from './job-brief.ts';
import { newJobId } from './job-ids.ts';
import type { JobRecord } from './job-record.ts';
import type { LaunchDeps } from './launch-deps.ts';

/** Launches made by this process so far: orders jobs created within one millisecond. */
let launchCount = 0;

/**
 * Everything a launch decides before money moves: the plan allows the type (402 ended trial,
 * 403 reserved), the price from the catalog, the brief with the account's brand and the knowledge
 * passages most relevant to it, and the model ids the brief asks for (400 when unknown). Reads only; writes nothing.
 */
export async function prepareJob(deps: LaunchDeps, account: Account, fields: LaunchFields, batchId?: string): Promise<JobRecord> {
  const now = deps.now();
  checkLaunchAllowed(account, fields.type, now);
  const cost = costOf(fields.type, fields.quality);
  const brand = brandOfProfile(await deps.brands.get(account.id));
  const resolved = briefForLaunch(fields, brand);
  mediaProviders(resolved.models, offlineProviders(deps.settings.tools));
  const brief = { ...resolved, knowledge: await knowledgeForLaunch(deps.knowledge, account.id, fields, brand) };
  const hitl = fields.hitl ?? false;
  return {
    id: newJobId(),
    accountId: account.id,
    type: brief.type,
    quality: brief.quality,
    brief,
    cost,
    refunded: 0,
    formats: brief.formats,
    hitl,
    ...(batchId ? { batchId } : {}),
    status: 'queued',
    progress: 0,
    steps: [],
    artifacts: [],
    ...(hitl ? { review: { approved: false, notes: [] } } : {}),
    interruptions: 0,
    settled: false,
    createdAt: now.toISOString(),
    launchIndex: (launchCount += 1),
    updatedAt: now.toISOString(),
  };
}
