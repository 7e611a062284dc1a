/** README.txt at the root of a projects archive: what is where, for someone opening it by hand. */
export function readmeText(exportedAt: string, projectCount: number): string {
  return [
    'CinematicAds projects export',
    `Exported ${exportedAt}: ${projectCount} project${projectCount === 1 ? '' : 's'}, newest first in index.json.`,
    '',
    'index.json             every project: id, name, type, status, date and its folder',
    '<date>_<name>_<id>/    one folder per project:',
    '  project.json         status, credits (cost, refunded), timestamps, the brief, steps and the result',
    '  script.json          the script (copy, beats, framework), once written',
    '  storyboard.json      the storyboard (scenes, palette, typography), once art-directed',
    '  manifest.json        what the studio produced and how (completed projects)',
    '  media/               videos (.mp4), posters and images (.jpg/.png), captions (.vtt), reports',
    '',
    'Links inside project.json ("project" and its URLs) are signed and expire; the files in media/ do not.',
    '',
  ].join('\n');
}
