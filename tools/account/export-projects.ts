import { z } from 'zod';
import { CinematicAdsError } from '../../src/contract/errors.ts';
import { cancelBody } from '../binary-body.ts';
import { noInput } from '../no-input.ts';
import { defineTool } from '../tool-definition.ts';

const exportPath = '/api/user/projects/export';

export const exportProjectsTool = defineTool({
  name: 'export_projects',
  operation: 'export_projects',
  toolset: 'account',
  title: 'Export projects (ZIP link)',
  description:
    'Returns the download link of a ZIP of every project (videos, images, metadata), to GET with the API key as Bearer; ' +
    'never the bytes. For one video use export_video. Free.',
  input: noInput,
  output: z.object({
    downloadUrl: z.string().describe('GET it with "Authorization: Bearer <API key>"'),
    filename: z.string().describe('Suggested file name'),
    contentType: z.string().describe('application/zip'),
    projects: z.number().int().min(0).describe('Projects the archive holds'),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async handler(_args, { api, signal, apiUrl }) {
    if (!apiUrl) {
      throw new CinematicAdsError(
        'unavailable',
        `The projects archive is downloaded over the REST API, whose address this MCP server does not know: run "cinematicads serve" and GET ${exportPath} with your API key`,
      );
    }
    // Asking for the archive proves it can be made for this account (plan, availability); its bytes are not read.
    const archive = await api.exportProjects({}, { signal });
    await cancelBody(archive.body);
    const { projects } = await api.listProjects({}, { signal });
    const downloadUrl = `${apiUrl}${exportPath}`;
    const filename = archive.filename ?? 'cinematicads-projects.zip';
    return {
      structured: { downloadUrl, filename, contentType: archive.contentType || 'application/zip', projects: projects.length },
      summary: `The archive of ${projects.length} project(s) is ready to download with the API key as a Bearer token.`,
      links: [{ uri: downloadUrl, name: filename, mimeType: 'application/zip', description: 'ZIP of every project; needs "Authorization: Bearer <API key>"' }],
    };
  },
});
