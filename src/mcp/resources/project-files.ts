import type { WorkflowJob } from '../../contract/schemas/workflow-job.ts';
import { fileNameOfMediaUrl, projectFileUri } from './resource-uris.ts';

/** One file of a job as a resource: its stable MCP URI beside the signed URL (which expires). */
export interface ProjectFile {
  name: string;
  uri: string;
  url: string;
  kind: WorkflowJob['artifacts'][number]['kind'];
  mimeType: string;
  format?: string;
  step?: string;
}

/** A job's files, one per name (a revised storyboard replaces the earlier one, as on disk). */
export function projectFilesOf(job: WorkflowJob): ProjectFile[] {
  const byName = new Map<string, ProjectFile>();
  for (const artifact of job.artifacts) {
    const name = fileNameOfMediaUrl(artifact.url, job.jobId);
    if (!name) continue;
    byName.delete(name);
    byName.set(name, {
      name,
      uri: projectFileUri(job.jobId, name),
      url: artifact.url,
      kind: artifact.kind,
      mimeType: artifact.contentType,
      ...(artifact.format ? { format: artifact.format } : {}),
      ...(artifact.step ? { step: artifact.step } : {}),
    });
  }
  return [...byName.values()];
}
