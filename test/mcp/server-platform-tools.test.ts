import { describe, expect, it } from 'vitest';
import { operations } from '../../src/contract/operations.ts';
import { collectEvents, publicUrl, serviceForFile } from '../service/service-fixture.ts';
import { connectServer, errorOf, failureOf, structuredOf } from './server-connection.ts';

const fixture = serviceForFile('mcp-platform');

describe('platform tools over MCP', () => {
  it('get_models_status and get_health answer what the API answers', async () => {
    const { api } = await fixture.account();
    const mcp = await connectServer(fixture, api);
    try {
      expect(structuredOf(await mcp.call('get_models_status'))).toEqual(await api.getModelsStatus());
      expect(structuredOf(await mcp.call('get_health'))).toEqual(await api.getHealth());
    } finally {
      await mcp.close();
    }
  });

  it('get_openapi_document lists every route and links the document instead of pasting it', async () => {
    const { api } = await fixture.account();
    const mcp = await connectServer(fixture, api);
    try {
      const result = await mcp.call('get_openapi_document');
      const listed = structuredOf(result);
      expect(listed).toMatchObject({ openapi: '3.1.0', documentUrl: `${publicUrl}/openapi.json` });
      expect(listed.routes.map((route: { operationId: string }) => route.operationId).sort()).toEqual(operations.map((operation) => operation.name).sort());
      expect(listed.routes).toContainEqual({ operationId: 'launch_workflow', method: 'POST', path: '/api/workflow', summary: expect.any(String) });
      expect(result.content).toContainEqual(expect.objectContaining({ type: 'resource_link', uri: `${publicUrl}/openapi.json`, mimeType: 'application/json' }));
      expect(JSON.stringify(result).length).toBeLessThan(JSON.stringify(await api.getOpenapiDocument()).length / 4);
    } finally {
      await mcp.close();
    }
  });

  it('export_video links our own rendered MP4 with its size, refuses a poster, and relays the API on other sites', async () => {
    const { api } = await fixture.account({ credits: 1 });
    const { jobId } = await api.launchWorkflow({ type: 'cinematic', concept: 'A bicycle bell that sings' });
    const events = await collectEvents(api, jobId);
    const result = events.at(-1)!;
    if (result.event !== 'result' || !result.data.success) throw new Error(`the render failed: ${JSON.stringify(result.data)}`);
    const videoUrl = result.data.videoUrl!;
    const mcp = await connectServer(fixture, api);
    try {
      const exported = await mcp.call('export_video', { source: videoUrl });
      const file = await fixture.service.openMedia(new URL(videoUrl).pathname, new URL(videoUrl).searchParams);
      expect(structuredOf(exported)).toMatchObject({ url: videoUrl, contentType: 'video/mp4', bytes: file!.size, origin: 'own' });
      expect(exported.content).toContainEqual(
        expect.objectContaining({
          type: 'resource_link',
          uri: expect.stringMatching(/^cinematicads:\/\/projects\/wf_[\w-]+\/files\/video-9x16\.mp4$/),
          description: expect.stringContaining(videoUrl),
          mimeType: 'video/mp4',
        }),
      );
      // Links, never bytes.
      expect(JSON.stringify(exported).length).toBeLessThan(3000);

      const poster = errorOf(await mcp.call('export_video', { source: result.data.posterUrl! }));
      expect(poster).toMatchObject({ code: 'invalid_request', error: expect.stringMatching(/^The source is not an MP4 video \(image\//) });

      // Another site goes through the export operation: its refusal is the API's.
      const elsewhere = 'https://videos.example.com/ad.mp4';
      const refused = errorOf(await mcp.call('export_video', { source: elsewhere }));
      const direct = await failureOf(() => api.exportVideo({ source: elsewhere }));
      expect(refused).toMatchObject({ code: direct!.code, error: direct!.message });

      expect(errorOf(await mcp.call('export_video', { source: 'ftp://x/y.mp4' })).error).toMatch(/^Invalid arguments: source: must be an absolute http\(s\) URL/);
    } finally {
      await mcp.close();
    }
    // Without a media reader (a remote server), our link goes through the export operation, which checks it is an MP4.
    const remote = await connectServer(fixture, api, { readMedia: undefined });
    try {
      const exported = structuredOf(await remote.call('export_video', { source: videoUrl }));
      expect(exported).toMatchObject({ url: videoUrl, contentType: 'video/mp4', origin: 'own' });
      expect(exported.bytes).toBeUndefined();
    } finally {
      await remote.close();
    }
  });
});
