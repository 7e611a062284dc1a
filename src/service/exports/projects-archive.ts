import type { BinaryResponse } from '../../contract/operations.ts';
import { projectOf } from '../insights/project-view.ts';
import type { JobRepository } from '../jobs/job-repository.ts';
import type { MediaLinks } from '../media/media-links.ts';
import { fileEntry, jsonEntry, stepOutputEntry, textEntry } from './archive-entries.ts';
import { archiveFileName, projectFolderName } from './archive-names.ts';
import { projectContents } from './project-files.ts';
import { projectMetadata } from './project-metadata.ts';
import { readmeText } from './readme-text.ts';
import { streamZip } from './zip-stream.ts';

export interface ProjectsArchiveDeps {
  dataDir: string;
  jobs: JobRepository;
  links: MediaLinks;
  now: () => Date;
}

/** `GET /api/user/projects/export`: every project of one account as a ZIP, streamed. */
export type ProjectsArchive = (accountId: string, signal?: AbortSignal) => Promise<BinaryResponse>;

export function createProjectsArchive(deps: ProjectsArchiveDeps): ProjectsArchive {
  return async (accountId, signal) => {
    // Listed before answering: a store that fails here is a clean error, not a cut-off download.
    const jobs = await deps.jobs.listForAccount(accountId);
    const exportedAt = deps.now();
    const at = exportedAt.toISOString();
    const body = streamZip(
      async (zip) => {
        await zip.add(textEntry('README.txt', () => readmeText(at, jobs.length), exportedAt));
        const index: Array<Record<string, unknown>> = [];
        for (const job of jobs) {
          const project = projectOf(job, deps.links);
          const folder = projectFolderName(job.id, job.createdAt, project.name);
          const contents = await projectContents(deps.dataDir, job);
          const updated = new Date(job.updatedAt);
          await zip.add(jsonEntry(`${folder}/project.json`, () => projectMetadata(job, project, contents, at), updated));
          for (const document of contents.documents) await zip.add(stepOutputEntry(`${folder}/${document.archivePath}`, document.file, updated));
          if (contents.manifest) await zip.add(fileEntry(folder, contents.manifest));
          for (const file of contents.media) await zip.add(fileEntry(folder, file));
          index.push({
            jobId: job.id,
            name: project.name,
            type: job.type,
            status: job.status,
            createdAt: job.createdAt,
            folder: `${folder}/`,
            videos: contents.media.filter((file) => file.kind === 'video').map((file) => `${folder}/${file.archivePath}`),
          });
        }
        await zip.add(jsonEntry('index.json', () => ({ exportedAt: at, projects: index }), exportedAt));
      },
      signal ? { signal } : {},
    );
    return { contentType: 'application/zip', filename: archiveFileName(exportedAt), body };
  };
}
