import { z } from 'zod';
import { maxBatchSize } from '../src/contract/schemas/batch.ts';
import { launchFields } from '../src/contract/schemas/launch.ts';
import { costOf, workflowCatalog } from '../src/contract/workflow-catalog.ts';
import { defineTool } from './tool-definition.ts';

// The launch's own fields: the same choices, defaults and refusals as launch_workflow.
const priced = z.object({ type: launchFields.type, quality: launchFields.quality });

export const estimateCostTool = defineTool({
  name: 'estimate_cost',
  toolset: 'workflows',
  title: 'Estimate a cost',
  description:
    'Prices a launch or a batch against the current balance (cost, balance, affordable, shortBy) before ' +
    'launch_workflow or launch_batch spends anything. Free, instant.',
  input: z.object({
    workflows: z
      .array(priced)
      .min(1, 'must list at least one workflow')
      .max(maxBatchSize, `must list at most ${maxBatchSize} workflows, as a batch does`)
      .describe('The workflows to price: one for a launch, several for a batch'),
  }),
  output: z.object({
    cost: z.number().int().min(0).describe('Credits the launch or batch would debit'),
    balance: z.number().int().min(0).describe('Credits available now'),
    affordable: z.boolean().describe('Whether it can be launched now'),
    shortBy: z.number().int().min(0).describe('Credits missing (0 when affordable by balance)'),
    reason: z.string().optional().describe('Why it cannot be launched, when it cannot'),
    items: z
      .array(priced.extend({ name: z.string().describe('Product name'), cost: z.number().int().min(0).describe('Credits') }))
      .describe('Price of each workflow'),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async handler({ workflows }, { api, signal }) {
    const items = workflows.map(({ type, quality }) => ({ type, quality, name: workflowCatalog[type].name, cost: costOf(type, quality) }));
    const cost = items.reduce((sum, item) => sum + item.cost, 0);
    const { balance, trialEndsAt } = await api.getCredits({}, { signal });
    const shortBy = Math.max(0, cost - balance);
    // The service refuses launches after a trial ends whatever the balance (402 trial_expired).
    const trialEnded = trialEndsAt !== null && Date.parse(trialEndsAt) <= Date.now();
    const reason = trialEnded
      ? `The trial ended on ${trialEndsAt.slice(0, 10)}: launches are refused until the plan changes`
      : shortBy > 0
        ? `Insufficient credits. Required: ${cost}, available: ${balance}`
        : undefined;
    return {
      structured: { cost, balance, affordable: !reason, shortBy, items, ...(reason ? { reason } : {}) },
      summary: reason ? `${cost} credit(s); cannot launch: ${reason}.` : `${cost} credit(s) of ${balance} available: affordable.`,
    };
  },
});
