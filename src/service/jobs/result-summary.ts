import type { Manifest } from '../../studio/manifest.ts';

/** A few plain sentences saying what a finished run made, from its manifest (nothing invented). */
export function describeDeliverables(manifest: Manifest): string {
  const videos = manifest.deliverables.filter((d) => d.kind === 'video');
  const images = manifest.deliverables.filter((d) => d.kind === 'image');
  const reports = manifest.deliverables.filter((d) => d.kind === 'report');
  const sentences: string[] = [];
  if (videos.length) {
    const formats = [...new Set(videos.map((d) => d.format).filter(Boolean))].join(', ');
    const seconds = [...new Set(videos.map((d) => Math.round(d.durationSec ?? 0)))].join('/');
    sentences.push(`${count(videos.length, 'video')} (${formats}), ${seconds} s, with posters and captions.`);
  }
  if (images.length) sentences.push(`${count(images.length, 'still image')} (${[...new Set(images.map((d) => d.format))].join(', ')}).`);
  if (reports.length) sentences.push('A written report (Markdown and JSON).');
  if (manifest.notices.length) sentences.push(`Notes: ${manifest.notices.join(' ')}`);
  return sentences.join(' ') || 'The workflow completed.';
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
