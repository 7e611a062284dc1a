import { z } from 'zod';
import { CinematicAdsError } from '../../src/contract/errors.ts';
import { httpUrl } from '../../src/contract/schemas/urls.ts';
import { readHead } from '../binary-body.ts';
import { defineTool } from '../tool-definition.ts';

/** Bytes 4–7 of an MP4 (ISO base media file) spell "ftyp". */
const mp4Brand = 'ftyp';

export const exportVideoTool = defineTool({
  name: 'export_video',
  operation: 'export_video',
  toolset: 'platform',
  title: 'Export a video (MP4 link)',
  description:
    'Checks a video is a downloadable MP4 and returns it as a link, never bytes. Our own result links are read ' +
    'directly; other sources must be HTTPS on an allowed domain. Free; seconds.',
  input: z.object({
    source: httpUrl.describe("The video's URL, e.g. a result's videoUrl; other sites must be HTTPS"),
  }),
  output: z.object({
    url: z.string().describe('Where to download the MP4'),
    filename: z.string().describe('Suggested file name'),
    contentType: z.string().describe('Media type, video/mp4'),
    bytes: z.number().int().min(0).optional().describe('Size in bytes, when known (our own media)'),
    origin: z.enum(['own', 'external']).describe('own: a file this service made; external: from another site'),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async handler({ source }, { api, signal, readMedia, apiUrl }) {
    const filename = decodeURIComponent(new URL(source).pathname.split('/').pop() || 'video.mp4');
    const origin = apiUrl && sameOrigin(source, apiUrl) ? ('own' as const) : ('external' as const);
    // Our own signed media links are read from the data folder: no request to ourselves, and the link works over stdio.
    const media = origin === 'own' && readMedia ? await readMedia(source) : null;
    if (media) {
      if (!media.mimeType.startsWith('video/')) throw notVideo(source, media.mimeType);
      return {
        structured: { url: source, filename, contentType: media.mimeType, bytes: media.bytes.byteLength, origin },
        summary: `${filename} is a ${(media.bytes.byteLength / 1e6).toFixed(1)} MB ${media.mimeType} made by this service.`,
        links: [{ uri: source, name: filename, mimeType: media.mimeType, description: 'The exported video' }],
      };
    }
    // Anything else goes through the export operation (expiry, allowed domains, SSRF guard); only its first bytes are read.
    const download = await api.exportVideo({ source }, { signal });
    const head = await readHead(download.body, 12);
    if (new TextDecoder().decode(head.subarray(4, 8)) !== mp4Brand) throw notVideo(source, download.contentType);
    const name = download.filename ?? filename;
    return {
      structured: { url: source, filename: name, contentType: 'video/mp4', origin },
      summary: `${name} is a downloadable MP4; get it from the link.`,
      links: [{ uri: source, name, mimeType: 'video/mp4', description: 'The exported video' }],
    };
  },
});

function sameOrigin(url: string, base: string): boolean {
  return URL.canParse(url) && URL.canParse(base) && new URL(url).origin === new URL(base).origin;
}

function notVideo(source: string, contentType: string): CinematicAdsError {
  return new CinematicAdsError('invalid_request', `The source is not an MP4 video (${contentType || 'unknown type'}): ${source}`);
}
