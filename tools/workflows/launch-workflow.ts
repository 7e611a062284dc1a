import { z } from 'zod';
import { checkWorkflowRequirements, launchFields } from '../../src/contract/schemas/launch.ts';
import { workflowCatalog, workflowTypes } from '../../src/contract/workflow-catalog.ts';
import { idempotencyKey } from '../idempotency-key.ts';
import { defineTool } from '../tool-definition.ts';
import { followJob } from './follow-job.ts';
import { followResult, jobOutcome, outcomeOf } from './job-outcome.ts';
import { embedImages, maxWaitSeconds, waitSeconds } from './wait-fields.ts';

/** Written from the catalog so the prices and deliverables a model reads cannot drift from what is charged and made. */
const typeList = workflowTypes
  .map((type) => {
    const { name, summary, tiers } = workflowCatalog[type];
    const what = summary.replace(/^(A|An|The) /, '').replace(/\.$/, '');
    // "Still image ads" reads as a list item once lowercased; "UGC-style" stays as it is.
    const item = /^[A-Z][a-z]/.test(what) ? what[0]!.toLowerCase() + what.slice(1) : what;
    return `${type} (${name}, ${tiers.standard.cost}/${tiers.premium.cost}): ${item}`;
  })
  .join('; ');

/**
 * The contract's launch fields, with `wait` in place of `async`: the tool follows the job itself.
 * `wait` defaults to false because the answer that matters most is the jobId: a client that gives
 * up on a long call (many time out after 60 s unless progress resets them) would lose it, and a
 * model that never saw the jobId may launch (and pay) again. With the id in hand, follow_workflow
 * waits, and can be called again after any timeout without paying.
 */
export const launchToolInput = z
  .object({
    ...launchFields,
    hitl: z.boolean().optional().describe('Pause after art direction for a human review of the storyboard'),
    wait: z.boolean().default(false).describe('Keep the call open until the job ends (default false: answer at once)'),
    waitSeconds,
    embedImages,
    idempotencyKey,
  })
  .superRefine(checkWorkflowRequirements);

export const launchWorkflowTool = defineTool({
  name: 'launch_workflow',
  operation: 'launch_workflow',
  toolset: 'workflows',
  title: 'Launch a workflow (video ad, static ad or ad analysis)',
  description:
    'Starts an ad workflow the service renders. Answers at once with the jobId (then follow_workflow waits with progress; ' +
    `get_workflow checks), or with wait: true stays open until the result (max ${maxWaitSeconds} s; cancelling the call cancels ` +
    `and refunds the job). Types, credits standard/premium: ${typeList}. clone and factory need a url (fetched), cinematic and ` +
    'brand a concept, the others either. Credits are refunded on failure or cancel; a short balance launches nothing ' +
    '(estimate_cost prices first). Takes seconds to minutes. hitl: true pauses for a human storyboard review. ' +
    'For several ads use launch_batch.',
  input: launchToolInput,
  output: jobOutcome,
  // Not idempotent: each call launches and pays (an idempotencyKey makes a retry free). Open world: clone and factory fetch the url.
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async handler(args, context) {
    const { wait, waitSeconds: seconds, embedImages: embed, idempotencyKey: key, ...launch } = args;
    const { api, signal } = context;
    const launched = await api.launchWorkflow({ ...launch, async: true }, { signal, ...(key ? { idempotencyKey: key } : {}) });
    if (!wait) {
      const outcome = outcomeOf(await api.getWorkflow({ jobId: launched.jobId }, { signal }));
      return { structured: outcome, summary: `${launched.message}: job ${launched.jobId} (${outcome.type}) for ${launched.cost} credit(s).` };
    }
    const end = await followJob(context, launched.jobId, { waitMs: seconds * 1000, onAbort: 'cancel-job' });
    return followResult(context, end, embed);
  },
});
