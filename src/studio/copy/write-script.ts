import type { LanguageModel } from 'ai';
import type { Brief } from '../brief.ts';
import type { Script } from '../script.ts';
import { writeModelScript } from './model-copywriter.ts';
import { writeOfflineScript } from './offline-copywriter.ts';

export interface WriteScriptOptions {
  /** A text model (AI SDK); without one the built-in copywriter writes the script. */
  textModel?: LanguageModel;
  signal?: AbortSignal;
}

/**
 * The copy step: a model writes the script when one is configured; if it fails or answers
 * off-brief, the offline copywriter writes it and says why. Cancelling aborts either way.
 */
export async function writeScript(brief: Brief, options: WriteScriptOptions = {}): Promise<Script> {
  options.signal?.throwIfAborted();
  if (!options.textModel) return writeOfflineScript(brief);
  try {
    return await writeModelScript(brief, options.textModel, options.signal);
  } catch (error) {
    options.signal?.throwIfAborted();
    return writeOfflineScript(brief, `text model failed: ${reasonOf(error)}`);
  }
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').slice(0, 300);
}
