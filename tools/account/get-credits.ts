import { creditBalance } from '../../src/contract/schemas/credits.ts';
import { noInput } from '../no-input.ts';
import { defineTool } from '../tool-definition.ts';

export const getCreditsTool = defineTool({
  name: 'get_credits',
  operation: 'get_credits',
  toolset: 'account',
  title: 'Credit balance',
  description:
    'Credits available now, the plan and, on a trial, its end. To price a launch against it use estimate_cost. ' +
    'Free, instant.',
  input: noInput,
  output: creditBalance,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async handler(_args, { api, signal }) {
    const credits = await api.getCredits({}, { signal });
    const trial = credits.trialEndsAt ? `, trial ends ${credits.trialEndsAt.slice(0, 10)}` : '';
    return { structured: credits, summary: `${credits.balance} credit(s) available (${credits.plan} plan${trial}).` };
  },
});
