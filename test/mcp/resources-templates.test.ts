import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CinematicAds } from '../../src/contract/interface.ts';
import { collectEvents, type ServiceFixture, startService, tempDataDir } from '../service/service-fixture.ts';
import { connectServer, type ServerConnection } from './server-connection.ts';

const data = tempDataDir('mcp-resources-templates');
let fixture: ServiceFixture;
let api: CinematicAds;
let mcp: ServerConnection;
let staticJob: string;
let queuedJobs: string[];

beforeAll(async () => {
  fixture = await startService(data.dir);
  ({ api } = await fixture.account({ credits: 20 }));
  mcp = await connectServer(fixture, api);
  ({ jobId: staticJob } = await api.launchWorkflow({ type: 'staticad', concept: 'Spring sale on linen shirts', formats: '1:1' }));
  await collectEvents(api, staticJob);
  queuedJobs = [];
  for (const concept of ['Golden hour perfume', 'Trail running shoes']) {
    const { jobId } = await api.launchWorkflow({ type: 'cinematic', concept, formats: '9:16' });
    queuedJobs.push(jobId);
  }
}, 120_000);

afterAll(async () => {
  await mcp?.close();
  await fixture?.service.close();
  data.cleanup();
});

const projectRef = { type: 'ref/resource' as const, uri: 'cinematicads://projects/{id}' };
const fileRef = { type: 'ref/resource' as const, uri: 'cinematicads://projects/{id}/files/{name}' };

describe('resource templates', () => {
  it('lists the project and project-file templates with titles and descriptions', async () => {
    const { resourceTemplates } = await mcp.client.listResourceTemplates();
    expect(resourceTemplates.map((template) => [template.name, template.uriTemplate])).toEqual([
      ['project', 'cinematicads://projects/{id}'],
      ['project-file', 'cinematicads://projects/{id}/files/{name}'],
    ]);
    for (const template of resourceTemplates) {
      expect(template.title).toBeTruthy();
      expect(template.description).toBeTruthy();
    }
  });

  it('completes project ids from the account\'s projects, by id prefix and by name', async () => {
    const all = await mcp.client.complete({ ref: projectRef, argument: { name: 'id', value: '' } });
    expect(new Set(all.completion.values)).toEqual(new Set([staticJob, ...queuedJobs]));

    const prefix = staticJob.slice(0, 8);
    const byPrefix = await mcp.client.complete({ ref: projectRef, argument: { name: 'id', value: prefix } });
    expect(byPrefix.completion.values).toContain(staticJob);
    for (const value of byPrefix.completion.values) expect(value.startsWith(prefix)).toBe(true);

    const byName = await mcp.client.complete({ ref: projectRef, argument: { name: 'id', value: 'perfume' } });
    expect(byName.completion.values).toEqual([queuedJobs[0]]);
  });

  it('never completes another account\'s project ids', async () => {
    const { api: other } = await fixture.account();
    const stranger = await connectServer(fixture, other);
    try {
      const result = await stranger.client.complete({ ref: projectRef, argument: { name: 'id', value: '' } });
      expect(result.completion.values).toEqual([]);
    } finally {
      await stranger.close();
    }
  });

  it('completes file names of the project named in the context', async () => {
    const result = await mcp.client.complete({ ref: fileRef, argument: { name: 'name', value: 'static' }, context: { arguments: { id: staticJob } } });
    expect(result.completion.values.length).toBeGreaterThan(0);
    for (const name of result.completion.values) expect(name).toMatch(/^static.*\.png$/);
    // And each completed name reads.
    const [first] = result.completion.values;
    const read = await mcp.client.readResource({ uri: `cinematicads://projects/${staticJob}/files/${encodeURIComponent(first ?? '')}` });
    expect(read.contents[0]?.mimeType).toBe('image/png');

    const unknown = await mcp.client.complete({ ref: fileRef, argument: { name: 'name', value: '' }, context: { arguments: { id: 'wf_unknown' } } });
    expect(unknown.completion.values).toEqual([]);
    const noContext = await mcp.client.complete({ ref: fileRef, argument: { name: 'name', value: '' } });
    expect(noContext.completion.values).toEqual([]);
  });
});
