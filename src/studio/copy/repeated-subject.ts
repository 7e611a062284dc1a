import { capitalize } from './line-fitting.ts';
import { splitSentences } from './text-tokens.ts';

/**
 * Within one beat the product is named once: a later sentence that opens on the same name
 * says "it" instead ("Meet the Drift Packable Rain Jacket. It packs into its own pocket.").
 */
export function pronounForRepeatedSubject(voiceOver: string, reference: string, plural = false): string {
  const subject = capitalize(reference);
  if (!subject) return voiceOver;
  let named = false;
  return splitSentences(voiceOver)
    .map((sentence) => {
      if (named && sentence.startsWith(`${subject} `)) return `${plural ? 'They' : 'It'} ${sentence.slice(subject.length + 1)}`;
      if (sentence.toLowerCase().includes(reference.toLowerCase())) named = true;
      return sentence;
    })
    .join(' ');
}
