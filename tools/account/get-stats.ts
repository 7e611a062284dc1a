import { statsQuery, userStats } from '../../src/contract/schemas/stats.ts';
import { defineTool } from '../tool-definition.ts';

export const getStatsTool = defineTool({
  name: 'get_stats',
  operation: 'get_stats',
  toolset: 'account',
  title: 'Usage statistics',
  description:
    'Totals over a date range (default: all time): projects by type, credits used and refunded, success rate. For ' +
    'daily trends use get_analytics. Free, instant.',
  input: statsQuery,
  output: userStats,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async handler(args, { api, signal }) {
    const stats = await api.getStats(args, { signal });
    const range = `${stats.startDate ?? 'the beginning'} to ${stats.endDate ?? 'today'}`;
    return {
      structured: stats,
      summary:
        `From ${range}: ${stats.totalProjects} project(s), ${stats.creditsUsed} credit(s) used, ` +
        `success rate ${Math.round(stats.successRate * 100)}%.`,
    };
  },
});
