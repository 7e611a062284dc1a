const maxSlugLength = 40;

/**
 * A project's folder in the archive: `2025-06-01_rain-jacket-that-packs_wf_…`. Date first so a
 * file browser lists projects in order; the job id keeps two projects of the same name apart.
 */
export function projectFolderName(jobId: string, createdAt: string, name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxSlugLength)
    .replace(/^-+|-+$/g, '');
  return [createdAt.slice(0, 10), slug, jobId].filter(Boolean).join('_');
}

/** `cinematicads-projects-2025-06-01.zip` */
export function archiveFileName(exportedAt: Date): string {
  return `cinematicads-projects-${exportedAt.toISOString().slice(0, 10)}.zip`;
}
