import { z } from 'zod';
import { projectList } from '../../src/contract/schemas/projects.ts';
import { defineTool } from '../tool-definition.ts';

export const listProjectsTool = defineTool({
  name: 'list_projects',
  operation: 'list_projects',
  toolset: 'account',
  title: 'List projects',
  description:
    'Projects (one per launched job), newest first, with type, state, cost and video link. For one job\'s steps and ' +
    'files use get_workflow. Free, instant.',
  // The REST operation returns every project; a chat only needs the recent ones, and each costs tokens.
  input: z.object({
    limit: z.number().int().min(1).max(500).default(25).describe('Newest projects to return (1–500, default 25)'),
  }),
  output: projectList.extend({ total: z.number().int().min(0).describe('Projects in the account, all of them') }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async handler({ limit }, { api, signal }) {
    const { projects } = await api.listProjects({}, { signal });
    const shown = projects.slice(0, limit);
    return {
      structured: { projects: shown, total: projects.length },
      summary: `${shown.length} of ${projects.length} project(s), newest first.`,
    };
  },
});
