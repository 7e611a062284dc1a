import type { LanguageModel } from 'ai';
import type { Config } from '../config.ts';
import { createSafeFetch, type SafeFetch } from '../net/safe-fetch.ts';
import type { RenderSize } from '../studio/render-size.ts';
import type { StudioTools } from '../studio/steps/step-context.ts';
import { textModelFrom } from '../studio/text-model.ts';

/** The configuration as the service uses it: every default resolved once, here. */
export interface ServiceSettings {
  dataDir: string;
  renderConcurrency: number;
  renderSize: RenderSize;
  localCredits: number;
  mediaUrlTtlSeconds: number;
  /** How stale a displayed balance may be when another process (an operator's grant) wrote it. */
  balanceCacheMs: number;
  tools: StudioTools;
  textModel?: LanguageModel;
  /** The SSRF-guarded fetch source URLs are read through. */
  safeFetch: SafeFetch;
}

export function serviceSettings(config: Config): ServiceSettings {
  const textModel = textModelFrom(config);
  return {
    dataDir: config.dataDir,
    renderConcurrency: config.renderConcurrency ?? 1,
    renderSize: config.renderSize ?? 'full',
    localCredits: config.localCredits ?? 100,
    mediaUrlTtlSeconds: config.mediaUrlTtlSeconds ?? 24 * 60 * 60,
    balanceCacheMs: 1_000,
    tools: {
      ...(config.ffmpegPath ? { ffmpegPath: config.ffmpegPath } : {}),
      ...(config.espeakPath ? { espeakPath: config.espeakPath } : {}),
    },
    ...(textModel ? { textModel } : {}),
    safeFetch: createSafeFetch({ allowPrivateFor: config.allowPrivateFor ?? [] }),
  };
}
