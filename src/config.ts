import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { describeZodError } from './contract/validation.ts';

/**
 * Everything configurable, read once from the environment (plus CLI flags layered on top by the
 * caller) and validated here, then passed down. Nothing deeper reads `process.env`.
 */
export const configSchema = z.object({
  dataDir: z.string().min(1).describe('Folder for the embedded store and media files'),
  ffmpegPath: z.string().min(1).optional().describe('ffmpeg binary; default: the system one, else the npm-shipped one'),
  espeakPath: z.string().min(1).optional().describe('espeak-ng binary for offline voice-over; default: found on PATH'),
  textModel: z
    .object({
      /** Model id as the provider names it, e.g. "gpt-4o-mini" or a local server's model. */
      model: z.string().min(1),
      apiKey: z.string().min(1).optional(),
      /** An OpenAI-compatible endpoint (a local server, a gateway); default: OpenAI's. */
      baseUrl: z.url().optional(),
    })
    .optional()
    .describe('Text model for the copy step; absent: the offline copywriter writes every script'),
});
export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const model = env.CINEMATICADS_TEXT_MODEL;
  const candidate = {
    dataDir: env.CINEMATICADS_DATA ?? join(homedir(), '.cinematicads'),
    ffmpegPath: env.CINEMATICADS_FFMPEG || undefined,
    espeakPath: env.CINEMATICADS_ESPEAK || undefined,
    textModel: model
      ? { model, apiKey: env.CINEMATICADS_TEXT_API_KEY ?? env.OPENAI_API_KEY, baseUrl: env.CINEMATICADS_TEXT_BASE_URL || undefined }
      : undefined,
    ...stripUndefined(overrides),
  };
  const parsed = configSchema.safeParse(candidate);
  if (!parsed.success) throw new Error(`Invalid configuration: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
