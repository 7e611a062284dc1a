import { type McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ErrorCode, McpError, type ReadResourceResult, type Resource } from '@modelcontextprotocol/sdk/types.js';
import type { CinematicAds } from '../../contract/interface.ts';
import type { Project } from '../../contract/schemas/projects.ts';
import { jsonContents } from './json-contents.ts';
import { bareMimeType, isTextMimeType, maxResourceBytes, type ReadMedia } from './media-reader.ts';
import { completeProjectFileName, completeProjectId } from './project-completions.ts';
import { readProjectDocument } from './project-document.ts';
import { projectFilesOf } from './project-files.ts';
import { type LogError, readingResource, resourceNotFound } from './resource-errors.ts';
import { decodeSegment, projectFileUriTemplate, projectUri, projectUriTemplate } from './resource-uris.ts';

/** resources/list cannot page template results in the SDK: the newest projects are the ones worth attaching. */
const maxListedProjects = 50;
/** Listing files costs one job read per project: only the newest few projects' files are listed. */
const maxProjectsWithListedFiles = 10;

/** `cinematicads://projects/{id}` and, when files can be read, `cinematicads://projects/{id}/files/{name}`. */
export function registerProjectResources(server: McpServer, api: CinematicAds, deps: { readMedia?: ReadMedia | undefined; logError?: LogError | undefined }): void {
  const { readMedia, logError } = deps;
  server.registerResource(
    'project',
    new ResourceTemplate(projectUriTemplate, {
      list: async (extra) => {
        const { projects } = await api.listProjects({}, { signal: extra.signal });
        return { resources: projects.slice(0, maxListedProjects).map(projectListing) };
      },
      complete: { id: (value) => completeProjectId(api, value) },
    }),
    {
      title: 'Project',
      description:
        'One project (a launched job): its status, steps, result, the list of its files with their resource URIs, and its script and ' +
        'storyboard as JSON. Subscribe to it for notifications/resources/updated when its job moves on.',
      mimeType: 'application/json',
    },
    async (uri, variables, extra) => {
      const jobId = decodeSegment(variables.id);
      if (!jobId) throw resourceNotFound(uri.href, `No project at ${uri.href}: the URI names no project id`);
      return readingResource(uri.href, async () =>
        jsonContents(uri.href, await readProjectDocument(api, jobId, { signal: extra.signal, ...(readMedia ? { readMedia } : {}) })),
        logError,
      );
    },
  );

  // Without a way to read files (a remote backend without media access) the files stay links in the project document.
  if (!readMedia) return;
  server.registerResource(
    'project-file',
    new ResourceTemplate(projectFileUriTemplate, {
      list: async (extra) => {
        const { projects } = await api.listProjects({}, { signal: extra.signal });
        const recent = projects.filter((project) => project.status !== 'queued').slice(0, maxProjectsWithListedFiles);
        const jobs = await Promise.all(recent.map((project) => api.getWorkflow({ jobId: project.jobId }, { signal: extra.signal }).catch(() => null)));
        const resources = jobs.flatMap((job) =>
          job
            ? projectFilesOf(job).map((file) => ({
                uri: file.uri,
                name: file.name,
                title: `${file.name} (${job.jobId})`,
                description: `The ${file.kind}${file.format ? ` (${file.format})` : ''} of project ${job.jobId}`,
                mimeType: bareMimeType(file.mimeType),
              }))
            : [],
        );
        return { resources };
      },
      complete: {
        id: (value) => completeProjectId(api, value),
        name: (value, context) => completeProjectFileName(api, context?.arguments?.id, value),
      },
    }),
    {
      title: 'Project file',
      description:
        `A file a project produced (video, poster, captions, image, report, script, storyboard), read as text or a base64 blob; ` +
        `at most ${maxResourceBytes / 1024 / 1024} MiB, larger files are downloaded from their signed URL.`,
    },
    async (uri, variables, extra) => {
      const jobId = decodeSegment(variables.id);
      const name = decodeSegment(variables.name);
      if (!jobId || !name) throw resourceNotFound(uri.href, `No file at ${uri.href}: the URI names no project and file`);
      return readingResource(uri.href, () => readProjectFile(api, readMedia, { uri: uri.href, jobId, name, signal: extra.signal }), logError);
    },
  );
}

function projectListing(project: Project): Resource {
  return {
    uri: projectUri(project.jobId),
    name: project.jobId,
    title: project.name,
    description: `${project.type} project, ${project.status}, launched ${project.createdAt.slice(0, 10)}`,
    mimeType: 'application/json',
  };
}

async function readProjectFile(
  api: CinematicAds,
  readMedia: ReadMedia,
  request: { uri: string; jobId: string; name: string; signal: AbortSignal },
): Promise<ReadResourceResult> {
  const job = await api.getWorkflow({ jobId: request.jobId }, { signal: request.signal });
  const file = projectFilesOf(job).find((candidate) => candidate.name === request.name);
  if (!file) throw resourceNotFound(request.uri, `Project ${request.jobId} has no file named "${request.name}"; read cinematicads://projects/${request.jobId} for its files`);
  const media = await readMedia(file.url);
  if (!media) throw resourceNotFound(request.uri, `The file "${request.name}" of project ${request.jobId} is no longer available`);
  const mimeType = bareMimeType(media.mimeType || file.mimeType);
  if (media.bytes.byteLength > maxResourceBytes) {
    throw new McpError(
      ErrorCode.InvalidParams,
      `"${request.name}" is ${(media.bytes.byteLength / 1024 / 1024).toFixed(1)} MiB, over the ${maxResourceBytes / 1024 / 1024} MiB a resource read carries; download it from ${file.url}`,
      { uri: request.uri, url: file.url, bytes: media.bytes.byteLength, maxBytes: maxResourceBytes },
    );
  }
  if (isTextMimeType(mimeType)) return { contents: [{ uri: request.uri, mimeType, text: new TextDecoder().decode(media.bytes) }] };
  return { contents: [{ uri: request.uri, mimeType, blob: Buffer.from(media.bytes).toString('base64') }] };
}
