import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { rateClasses } from './contract/rate-classes.ts';
import { toolsets } from '../tools/tool-definition.ts';
import { normalizeHostPattern } from './net/host-allow-list.ts';
import { describeZodError } from './contract/validation.ts';

/**
 * Everything configurable, read once from the environment (plus CLI flags layered on top by the
 * caller) and validated here, then passed down. Nothing deeper reads `process.env`.
 */
export const configSchema = z.object({
  dataDir: z.string().min(1).describe('Folder for the embedded store and media files'),
  store: z
    .enum(['sqlite', 'memory'])
    .optional()
    .describe('Where accounts, credits and jobs are kept: sqlite (default, a file in dataDir, survives restarts) or memory'),
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
  embeddingModel: z
    .object({
      /** Embedding model id as the provider names it, e.g. "text-embedding-3-small". */
      model: z.string().min(1),
      apiKey: z.string().min(1).optional(),
      /** An OpenAI-compatible endpoint serving /embeddings; default: OpenAI's. */
      baseUrl: z.url().optional(),
    })
    .optional()
    .describe('Embedding model for knowledge search (CINEMATICADS_EMBEDDING_MODEL, _API_KEY, _BASE_URL); absent: full-text ranking only'),
  rateLimits: z
    .partialRecord(
      z.enum(rateClasses),
      z.object({
        limit: z.number().int().min(1).describe('Requests (or stream connections) allowed per window'),
        windowSeconds: z.number().int().min(1).describe('Window length in seconds'),
      }),
    )
    .optional()
    .describe('Rate limits per endpoint class, per credential; a class left out keeps its default (launch 10/3600, stream 10/3600, default 100/60)'),
  sseHeartbeatMs: z
    .number()
    .int()
    .min(10)
    .optional()
    .describe('Interval of the comment heartbeat on idle SSE streams; default 15000'),
  renderConcurrency: z
    .number()
    .int()
    .min(1)
    .max(64)
    .optional()
    .describe('Jobs rendered at the same time; default 1 (a render already keeps two cores busy)'),
  renderSize: z
    .enum(['full', 'small'])
    .optional()
    .describe('full (default): the formats\' real sizes; small: tiny frames for tests and CI'),
  localCredits: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('Credits of the local account `serve` creates on first start; default 100'),
  mediaSecret: z
    .string()
    .min(32)
    .optional()
    .describe('Key signing media URLs (at least 32 characters); default: a random one kept in dataDir'),
  mediaUrlTtlSeconds: z
    .number()
    .int()
    .min(60)
    .optional()
    .describe('How long a signed media URL stays valid; default 86400 (a day)'),
  allowPrivateFor: z
    .array(z.string().min(1))
    .optional()
    .describe('Private addresses source URLs may reach anyway (address, address:port or CIDR), e.g. a test server on 127.0.0.1'),
  webhooks: z
    .object({
      maxAttempts: z.number().int().min(1).max(20).optional().describe('Attempts per delivery before it is failed; default 8'),
      firstRetryDelayMs: z.number().int().min(1).optional().describe('Wait before the first retry, growing 4× per retry with ±20% jitter; default 10000'),
      maxRetryDelayMs: z.number().int().min(1).optional().describe('Longest wait between two attempts; default 14400000 (4 h): 8 attempts span ~8 h'),
      attemptTimeoutMs: z.number().int().min(10).max(60_000).optional().describe('Time an endpoint has to answer one attempt; default 10000'),
      disableAfterFailedDeliveries: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe('Deliveries in a row that fail every retry before the endpoint is disabled; default 5'),
    })
    .optional()
    .describe('Webhook delivery retries and timeouts (CINEMATICADS_WEBHOOK_*)'),
  exportAllowedHosts: z
    .array(z.string().refine((host) => normalizeHostPattern(host) !== undefined, 'must be a host name such as cdn.example.com, not a URL'))
    .optional()
    .describe('Hosts (and their subdomains) GET /api/export may download MP4s from over HTTPS, besides this server\'s own media links'),
  exportMaxBytes: z.number().int().min(1).optional().describe('Largest MP4 GET /api/export streams, enforced while streaming; default 536870912 (512 MB)'),
  mcp: z
    .object({
      toolsets: z
        .array(z.enum(toolsets, { error: `must be one of ${toolsets.join(', ')}` }))
        .min(1, 'must name at least one toolset')
        .optional()
        .describe('Toolsets the MCP server exposes (CINEMATICADS_MCP_TOOLSETS=workflows,account); default all'),
      readOnly: z.boolean().optional().describe('Expose only tools that change nothing (CINEMATICADS_MCP_READ_ONLY=true)'),
      allowedHosts: z
        .array(z.string().min(1))
        .optional()
        .describe('Host names /mcp answers besides the public URL\'s and loopback (CINEMATICADS_MCP_ALLOWED_HOSTS), against DNS rebinding'),
      allowedOrigins: z
        .array(z.string().min(1))
        .optional()
        .describe('Browser origins /mcp accepts besides the public URL\'s (CINEMATICADS_MCP_ALLOWED_ORIGINS)'),
    })
    .optional()
    .describe('The MCP server (stdio and /mcp)'),
});
export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const model = env.CINEMATICADS_TEXT_MODEL;
  const candidate = {
    dataDir: env.CINEMATICADS_DATA ?? join(homedir(), '.cinematicads'),
    store: env.CINEMATICADS_STORE || undefined,
    ffmpegPath: env.CINEMATICADS_FFMPEG || undefined,
    espeakPath: env.CINEMATICADS_ESPEAK || undefined,
    textModel: model
      ? { model, apiKey: env.CINEMATICADS_TEXT_API_KEY ?? env.OPENAI_API_KEY, baseUrl: env.CINEMATICADS_TEXT_BASE_URL || undefined }
      : undefined,
    embeddingModel: env.CINEMATICADS_EMBEDDING_MODEL
      ? {
          model: env.CINEMATICADS_EMBEDDING_MODEL,
          apiKey: env.CINEMATICADS_EMBEDDING_API_KEY ?? env.OPENAI_API_KEY,
          baseUrl: env.CINEMATICADS_EMBEDDING_BASE_URL || undefined,
        }
      : undefined,
    rateLimits: rateLimitsFromEnv(env),
    sseHeartbeatMs: env.CINEMATICADS_SSE_HEARTBEAT_MS ? Number(env.CINEMATICADS_SSE_HEARTBEAT_MS) : undefined,
    renderConcurrency: numberFrom(env.CINEMATICADS_RENDER_CONCURRENCY),
    renderSize: env.CINEMATICADS_RENDER_SIZE || undefined,
    localCredits: numberFrom(env.CINEMATICADS_LOCAL_CREDITS),
    mediaSecret: env.CINEMATICADS_MEDIA_SECRET || undefined,
    mediaUrlTtlSeconds: numberFrom(env.CINEMATICADS_MEDIA_URL_TTL),
    allowPrivateFor: env.CINEMATICADS_ALLOW_PRIVATE ? env.CINEMATICADS_ALLOW_PRIVATE.split(',').map((entry) => entry.trim()).filter(Boolean) : undefined,
    webhooks: webhooksFromEnv(env),
    exportAllowedHosts: env.CINEMATICADS_EXPORT_ALLOWED_HOSTS ? env.CINEMATICADS_EXPORT_ALLOWED_HOSTS.split(',').map((entry) => entry.trim()).filter(Boolean) : undefined,
    exportMaxBytes: numberFrom(env.CINEMATICADS_EXPORT_MAX_BYTES),
    mcp: mcpFromEnv(env),
    ...stripUndefined(overrides),
  };
  const parsed = configSchema.safeParse(candidate);
  if (!parsed.success) throw new Error(`Invalid configuration: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

/** `CINEMATICADS_RATE_LIMIT_LAUNCH=10/3600` (limit/window seconds), and likewise `_STREAM`, `_DEFAULT`. */
function rateLimitsFromEnv(env: NodeJS.ProcessEnv): Record<string, { limit: number; windowSeconds: number } | string> | undefined {
  const entries = rateClasses.flatMap((rateClass) => {
    const text = env[`CINEMATICADS_RATE_LIMIT_${rateClass.toUpperCase()}`];
    if (!text) return [];
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    // An unreadable value is kept as text so validation names the class it belongs to.
    return [[rateClass, match ? { limit: Number(match[1]), windowSeconds: Number(match[2]) } : text] as const];
  });
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** `CINEMATICADS_WEBHOOK_MAX_ATTEMPTS`, `_FIRST_RETRY_MS`, `_MAX_RETRY_MS`, `_TIMEOUT_MS`, `_DISABLE_AFTER`. */
function webhooksFromEnv(env: NodeJS.ProcessEnv): Record<string, number | string> | undefined {
  const settings = stripUndefined({
    maxAttempts: numberFrom(env.CINEMATICADS_WEBHOOK_MAX_ATTEMPTS),
    firstRetryDelayMs: numberFrom(env.CINEMATICADS_WEBHOOK_FIRST_RETRY_MS),
    maxRetryDelayMs: numberFrom(env.CINEMATICADS_WEBHOOK_MAX_RETRY_MS),
    attemptTimeoutMs: numberFrom(env.CINEMATICADS_WEBHOOK_TIMEOUT_MS),
    disableAfterFailedDeliveries: numberFrom(env.CINEMATICADS_WEBHOOK_DISABLE_AFTER),
  });
  return Object.keys(settings).length > 0 ? (settings as Record<string, number | string>) : undefined;
}

/** `CINEMATICADS_MCP_TOOLSETS` (comma-separated), `_READ_ONLY` (true/false), `_ALLOWED_HOSTS`, `_ALLOWED_ORIGINS`. */
function mcpFromEnv(env: NodeJS.ProcessEnv): Record<string, unknown> | undefined {
  const list = (text: string | undefined) => (text ? text.split(',').map((entry) => entry.trim()).filter(Boolean) : undefined);
  const readOnly = env.CINEMATICADS_MCP_READ_ONLY?.trim().toLowerCase();
  const settings = stripUndefined({
    toolsets: list(env.CINEMATICADS_MCP_TOOLSETS),
    // Anything but a clear yes or no is kept as text, so validation names the variable's field.
    readOnly: !readOnly ? undefined : ['1', 'true', 'yes'].includes(readOnly) ? true : ['0', 'false', 'no'].includes(readOnly) ? false : readOnly,
    allowedHosts: list(env.CINEMATICADS_MCP_ALLOWED_HOSTS),
    allowedOrigins: list(env.CINEMATICADS_MCP_ALLOWED_ORIGINS),
  });
  return Object.keys(settings).length > 0 ? settings : undefined;
}

/** A number from the environment; text that is not one is kept so validation names the variable's field. */
function numberFrom(text: string | undefined): number | string | undefined {
  if (!text) return undefined;
  return Number.isFinite(Number(text)) ? Number(text) : text;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
