/**
 * The addresses of our MCP resources. One scheme for everything the account owns, so a client can
 * tell our resources from anyone else's; media files are addressed by project and file name rather
 * than by their signed URL, which expires.
 */
export const resourceScheme = 'cinematicads:';

export const brandUri = 'cinematicads://brand';
export const brandKnowledgeUri = 'cinematicads://brand/knowledge';
export const creditsUri = 'cinematicads://credits';
export const projectUriTemplate = 'cinematicads://projects/{id}';
export const projectFileUriTemplate = 'cinematicads://projects/{id}/files/{name}';

export function projectUri(jobId: string): string {
  return `cinematicads://projects/${encodeURIComponent(jobId)}`;
}

/** A job file's resource URI; the name is percent-encoded, so a name with "/" stays one path segment. */
export function projectFileUri(jobId: string, fileName: string): string {
  return `${projectUri(jobId)}/files/${encodeURIComponent(fileName)}`;
}

/** The job id a project URI names, or null when the URI is not a project's. */
export function projectIdOfUri(uri: string): string | null {
  const match = /^cinematicads:\/\/projects\/([^/?#]+)$/.exec(uri);
  return match ? decodeSegment(match[1] ?? '') : null;
}

/** A template variable as the SDK matched it (raw, maybe percent-encoded); null when it does not decode. */
export function decodeSegment(value: string | string[] | undefined): string | null {
  if (typeof value !== 'string' || value === '') return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * The file name inside a signed media URL (`…/media/<jobId>/<name>?expires=…`): everything after
 * the job id, so nested names keep their folders. Null when the URL is not one of a job's files.
 */
export function fileNameOfMediaUrl(url: string, jobId: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const prefix = `/media/${jobId}/`;
  if (!path.startsWith(prefix)) return null;
  return decodeSegment(path.slice(prefix.length));
}
