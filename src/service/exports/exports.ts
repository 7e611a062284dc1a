import type { Config } from '../../config.ts';
import type { JobRepository } from '../jobs/job-repository.ts';
import type { MediaLinks } from '../media/media-links.ts';
import type { OpenedMedia } from '../media/open-media.ts';
import { exportSettings } from './export-settings.ts';
import { createProjectsArchive, type ProjectsArchive } from './projects-archive.ts';
import { createVideoExport, type VideoExport } from './video-export.ts';

/** The two downloads of the API: every project as a ZIP, and one MP4. */
export interface Exports {
  projectsArchive: ProjectsArchive;
  video: VideoExport;
}

export interface ExportsDeps {
  config: Config;
  dataDir: string;
  publicUrl: string;
  jobs: JobRepository;
  links: MediaLinks;
  openMedia: (path: string, query: URLSearchParams) => Promise<OpenedMedia | null>;
  now: () => Date;
}

export function createExports(deps: ExportsDeps): Exports {
  return {
    projectsArchive: createProjectsArchive(deps),
    video: createVideoExport({ ...deps, settings: exportSettings(deps.config) }),
  };
}
