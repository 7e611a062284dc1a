import type { CinematicAds } from '../../contract/interface.ts';
import { projectFilesOf } from './project-files.ts';

/** MCP caps a completion at 100 values. */
const maxCompletions = 100;

/** Project ids starting with what was typed (newest first); then ids whose project name contains it. */
export async function completeProjectId(api: CinematicAds, typed: string): Promise<string[]> {
  const { projects } = await api.listProjects({}).catch(() => ({ projects: [] }));
  const needle = typed.trim().toLowerCase();
  const byId = projects.filter((project) => project.jobId.toLowerCase().startsWith(needle));
  const byName = needle ? projects.filter((project) => !byId.includes(project) && project.name.toLowerCase().includes(needle)) : [];
  return [...byId, ...byName].slice(0, maxCompletions).map((project) => project.jobId);
}

/** File names of one project starting with what was typed; nothing when the project is unknown. */
export async function completeProjectFileName(api: CinematicAds, jobId: string | undefined, typed: string): Promise<string[]> {
  if (!jobId) return [];
  const job = await api.getWorkflow({ jobId }).catch(() => null);
  if (!job) return [];
  return projectFilesOf(job)
    .map((file) => file.name)
    .filter((name) => name.toLowerCase().startsWith(typed.toLowerCase()))
    .slice(0, maxCompletions);
}
