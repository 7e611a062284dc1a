import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CinematicAds } from '../../src/contract/interface.ts';
import { inProcessMediaReader } from '../../src/mcp/in-process-media.ts';
import { maxResourceBytes } from '../../src/mcp/resources/media-reader.ts';
import { collectEvents, type ServiceFixture, startService, tempDataDir } from '../service/service-fixture.ts';
import { connectServer, type ServerConnection } from './server-connection.ts';

const data = tempDataDir('mcp-resources-read');
let fixture: ServiceFixture;
let api: CinematicAds;
let mcp: ServerConnection;
let jobId: string;

beforeAll(async () => {
  fixture = await startService(data.dir);
  ({ api } = await fixture.account({ credits: 20 }));
  mcp = await connectServer(fixture, api);
  ({ jobId } = await api.launchWorkflow({ type: 'cinematic', concept: 'A calm coffee morning', formats: '9:16' }));
  await collectEvents(api, jobId);
}, 120_000);

afterAll(async () => {
  await mcp?.close();
  await fixture?.service.close();
  data.cleanup();
});

function jsonOf(result: { contents: Array<{ uri: string; mimeType?: string; text?: unknown }> }) {
  const [content] = result.contents;
  expect(content?.mimeType).toBe('application/json');
  return JSON.parse(String(content?.text));
}

async function readError(uri: string, connection: ServerConnection = mcp): Promise<McpError> {
  const error = await connection.client.readResource({ uri }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(McpError);
  return error as McpError;
}

describe('account resources', () => {
  it('lists brand, knowledge and credits, and the project with its files', async () => {
    const { resources } = await mcp.client.listResources();
    const uris = resources.map((resource) => resource.uri);
    expect(uris).toEqual(
      expect.arrayContaining([
        'cinematicads://brand',
        'cinematicads://brand/knowledge',
        'cinematicads://credits',
        `cinematicads://projects/${jobId}`,
        `cinematicads://projects/${jobId}/files/video-9x16.mp4`,
        `cinematicads://projects/${jobId}/files/storyboard.json`,
      ]),
    );
    const project = resources.find((resource) => resource.uri === `cinematicads://projects/${jobId}`);
    expect(project).toMatchObject({ name: jobId, title: 'A calm coffee morning', mimeType: 'application/json' });
    expect(resources.find((resource) => resource.uri.endsWith('/video-9x16.mp4'))?.mimeType).toBe('video/mp4');
    for (const resource of resources) expect(resource.description, resource.uri).toBeTruthy();
  });

  it('reads the brand profile: null until saved, then the saved profile', async () => {
    const { api: fresh } = await fixture.account();
    const connection = await connectServer(fixture, fresh);
    try {
      expect(jsonOf(await connection.client.readResource({ uri: 'cinematicads://brand' }))).toBeNull();
      await fresh.saveBrand({ name: 'Morning Roast', tone: 'warm', colors: { primary: '#c8a24a' } });
      expect(jsonOf(await connection.client.readResource({ uri: 'cinematicads://brand' }))).toMatchObject({
        name: 'Morning Roast',
        tone: 'warm',
        colors: { primary: '#c8a24a' },
      });
    } finally {
      await connection.close();
    }
  });

  it('reads the credit balance and the knowledge base as the API gives them', async () => {
    expect(jsonOf(await mcp.client.readResource({ uri: 'cinematicads://credits' }))).toEqual(await api.getCredits());
    expect(jsonOf(await mcp.client.readResource({ uri: 'cinematicads://brand/knowledge' }))).toEqual({ sources: [] });
  });
});

describe('project resources', () => {
  it('reads a project: status, steps, result, files with URIs, and the script and storyboard themselves', async () => {
    const document = jsonOf(await mcp.client.readResource({ uri: `cinematicads://projects/${jobId}` }));
    expect(document.uri).toBe(`cinematicads://projects/${jobId}`);
    expect(document.project).toMatchObject({ jobId, type: 'cinematic', name: 'A calm coffee morning', status: 'completed' });
    expect(document.job).toMatchObject({ jobId, status: 'completed', progress: 100, result: { success: true, duration: 15 } });
    expect(document.job.steps.map((step: { step: string }) => step.step)).toContain('compose');
    const video = document.files.find((file: { name: string }) => file.name === 'video-9x16.mp4');
    expect(video).toMatchObject({ kind: 'video', mimeType: 'video/mp4', format: '9:16', uri: `cinematicads://projects/${jobId}/files/video-9x16.mp4` });
    expect(video.url).toMatch(/^http:\/\/media\.test\/media\/.+signature=/);
    expect(document.script.variants[0].beats.length).toBeGreaterThan(0);
    expect(document.storyboard.variants[0].scenes.length).toBeGreaterThan(0);
    expect(document.next).toMatch(/^Completed/);
  });

  it('reads a video as a base64 MP4 blob and captions as text', async () => {
    const video = await mcp.client.readResource({ uri: `cinematicads://projects/${jobId}/files/video-9x16.mp4` });
    const [content] = video.contents;
    expect(content).toMatchObject({ uri: `cinematicads://projects/${jobId}/files/video-9x16.mp4`, mimeType: 'video/mp4' });
    const bytes = Buffer.from(String((content as { blob: string }).blob), 'base64');
    expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');

    const captions = await mcp.client.readResource({ uri: `cinematicads://projects/${jobId}/files/video-9x16.vtt` });
    expect(captions.contents[0]).toMatchObject({ mimeType: 'text/vtt' });
    expect(String((captions.contents[0] as { text: string }).text)).toMatch(/^WEBVTT/);
  });

  it('answers "resource not found" (-32002) for an unknown project, another account\'s project and an unknown file', async () => {
    expect((await readError('cinematicads://projects/wf_doesnotexist00000000')).code).toBe(-32002);
    expect((await readError(`cinematicads://projects/${jobId}/files/nothing.mp4`)).code).toBe(-32002);
    expect((await readError(`cinematicads://projects/${jobId}/files/nothing.mp4`)).message).toContain(`cinematicads://projects/${jobId}`);

    const { api: other } = await fixture.account();
    const stranger = await connectServer(fixture, other);
    try {
      expect((await readError(`cinematicads://projects/${jobId}`, stranger)).code).toBe(-32002);
      expect((await readError(`cinematicads://projects/${jobId}/files/video-9x16.mp4`, stranger)).code).toBe(-32002);
    } finally {
      await stranger.close();
    }
  });

  it('rejects a malformed project id with a sentence instead of crashing', async () => {
    const error = await readError('cinematicads://projects/..%2F..%2Fetc');
    expect([-32002, -32602]).toContain(error.code);
    expect(error.message).toMatch(/job id|project/i);
    // The server is still there.
    await expect(mcp.client.readResource({ uri: 'cinematicads://credits' })).resolves.toBeTruthy();
  });

  it(`refuses files over ${maxResourceBytes / 1024 / 1024} MiB with the signed URL to download instead`, async () => {
    const realRead = inProcessMediaReader(fixture.service);
    // The real file, padded past the limit: the read path must not ship it.
    const oversize = async (url: string) => {
      const media = await realRead(url);
      return media && { ...media, bytes: new Uint8Array(maxResourceBytes + 1) };
    };
    const connection = await connectServer(fixture, api, { readMedia: oversize });
    try {
      const error = await readError(`cinematicads://projects/${jobId}/files/video-9x16.mp4`, connection);
      expect(error.code).toBe(-32602);
      expect(error.message).toMatch(/over the 16 MiB.*download it from http:\/\/media\.test\/media\//);
    } finally {
      await connection.close();
    }
  });

  it('without media access keeps files as links: no file template, no embedded script', async () => {
    const connection = await connectServer(fixture, api, { readMedia: undefined });
    try {
      const { resourceTemplates } = await connection.client.listResourceTemplates();
      expect(resourceTemplates.map((template) => template.uriTemplate)).toEqual(['cinematicads://projects/{id}']);
      const document = jsonOf(await connection.client.readResource({ uri: `cinematicads://projects/${jobId}` }));
      expect(document.script).toBeUndefined();
      expect(document.files.length).toBeGreaterThan(0);
    } finally {
      await connection.close();
    }
  });
});
