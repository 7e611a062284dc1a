import type { CinematicAds } from '../../contract/interface.ts';
import type { Project } from '../../contract/schemas/projects.ts';
import type { WorkflowJob } from '../../contract/schemas/workflow-job.ts';
import type { ReadMedia } from './media-reader.ts';
import { type ProjectFile, projectFilesOf } from './project-files.ts';
import { projectUri } from './resource-uris.ts';

/** Scripts and storyboards are a few KB; a cap keeps a corrupt or hostile file from bloating the document. */
const maxEmbeddedJsonBytes = 256 * 1024;

/** What `cinematicads://projects/{id}` holds: the project, its job, its files, and the script and storyboard themselves. */
export interface ProjectDocument {
  uri: string;
  project?: Project;
  job: Omit<WorkflowJob, 'artifacts'>;
  files: ProjectFile[];
  script?: unknown;
  storyboard?: unknown;
  /** What to do next, for the model reading it. */
  next: string;
}

/** Reads a project (another account's id is not found, as everywhere). */
export async function readProjectDocument(api: CinematicAds, jobId: string, deps: { readMedia?: ReadMedia; signal?: AbortSignal }): Promise<ProjectDocument> {
  const options = deps.signal ? { signal: deps.signal } : {};
  const job = await api.getWorkflow({ jobId }, options);
  const { projects } = await api.listProjects({}, options);
  const project = projects.find((candidate) => candidate.jobId === job.jobId);
  const files = projectFilesOf(job);
  const { artifacts: _artifacts, ...jobView } = job;
  const script = await readJsonFile(files, 'script', deps.readMedia);
  const storyboard = await readJsonFile(files, 'storyboard', deps.readMedia);
  return {
    uri: projectUri(job.jobId),
    ...(project ? { project } : {}),
    job: jobView,
    files,
    ...(script === undefined ? {} : { script }),
    ...(storyboard === undefined ? {} : { storyboard }),
    next: nextStep(job),
  };
}

async function readJsonFile(files: ProjectFile[], kind: 'script' | 'storyboard', readMedia: ReadMedia | undefined): Promise<unknown> {
  const file = files.findLast((candidate) => candidate.kind === kind);
  if (!file || !readMedia) return undefined;
  const media = await readMedia(file.url).catch(() => null);
  if (!media || media.bytes.byteLength > maxEmbeddedJsonBytes) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(media.bytes));
  } catch {
    return undefined;
  }
}

function nextStep(job: WorkflowJob): string {
  switch (job.status) {
    case 'queued':
    case 'running':
      return `Still ${job.status} (${job.progress}%): wait with follow_workflow, or subscribe to this resource for updates.`;
    case 'suspended':
      return 'Paused for review: show the storyboard to the user, then call review_workflow with approve, revise (with notes) or reject.';
    case 'completed':
      return 'Completed: share the files (read them as resources, or give the signed URLs, which expire).';
    case 'failed':
      return 'Failed and refunded: see job.result.error; fix the cause and launch again.';
    case 'cancelled':
      return 'Cancelled and refunded.';
  }
}
