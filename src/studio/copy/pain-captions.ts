import type { DiscoveredPain } from './pain-discovery.ts';
import { capitalize, firstFitting } from './line-fitting.ts';

/**
 * A pain on screen: the whole phrase when it fits, else its caption-length rephrase
 * ("Shapeless after three washes"), and only then the phrase cut where a phrase ends.
 * `frame` wraps it the way the beat asks: "Done with {pain}?", "{pain}?".
 */
export function painCaption(pain: DiscoveredPain, frame: (phrase: string) => string = (p) => p): string {
  const forms = [pain.phrase, ...(pain.short ? [pain.short] : [])];
  return firstFitting([...forms.map((p) => capitalize(frame(p))), ...forms.map((p) => capitalize(p))]);
}
