import { analyticsQuery, userAnalytics } from '../../src/contract/schemas/analytics.ts';
import { defineTool } from '../tool-definition.ts';

export const getAnalyticsTool = defineTool({
  name: 'get_analytics',
  operation: 'get_analytics',
  toolset: 'account',
  title: 'Usage analytics',
  description:
    'Daily trends, usage by type, credit distribution and peak hours over the last 7, 30 (default) or 90 days. For ' +
    'exact date ranges use get_stats. Free, instant.',
  input: analyticsQuery,
  output: userAnalytics,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async handler(args, { api, signal }) {
    const analytics = await api.getAnalytics(args, { signal });
    const projects = analytics.trends.reduce((sum, day) => sum + day.projects, 0);
    const top = analytics.usageByType[0];
    return {
      structured: analytics,
      summary:
        `Last ${analytics.period} (${analytics.from} to ${analytics.to}): ${projects} project(s)` +
        `${top ? `, most used type ${top.type} (${top.projects})` : ''}.`,
    };
  },
});
