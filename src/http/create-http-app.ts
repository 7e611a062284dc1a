import { Hono } from 'hono';
import { operations } from '../contract/operations.ts';
import type { ServiceHost } from '../service/service-ports.ts';
import type { AppEnv } from './app-env.ts';
import { asContractError } from './as-contract-error.ts';
import { corsPolicy } from './cors-policy.ts';
import { createErrorHandler } from './error-handler.ts';
import type { HttpAppOptions } from './http-app-options.ts';
import { registerLandingRoute } from './landing-route.ts';
import { registerMcpRoute } from './mcp-route.ts';
import { registerMediaRoute } from './media-route.ts';
import { createMemoryRateLimiter } from './memory-rate-limiter.ts';
import { createNotFoundHandler } from './not-found-route.ts';
import { registerOperationRoute } from './operation-route.ts';
import { rateLimitRules } from './rate-limit-rules.ts';
import { createRequestGate } from './request-gate.ts';
import { requestId } from './request-id.ts';
import { registerSessionRoute } from './session-route.ts';

/** 15 s: well under the 30–60 s idle timeouts of common proxies and load balancers. */
const defaultHeartbeatMs = 15_000;

/** The REST + SSE face of the service: one route per operation of the table, plus media and the landing page. */
export function createHttpApp(host: ServiceHost, options: HttpAppOptions): Hono<AppEnv> {
  const logError = options.logError ?? defaultLogError;
  const gate = createRequestGate({
    host,
    limiter: options.rateLimiter ?? createMemoryRateLimiter(),
    rules: rateLimitRules(options.config),
  });

  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.use(corsPolicy());

  // In table order: a static path is registered before a parameterised one it could be read as.
  const routeDeps = {
    host,
    gate,
    heartbeatMs: options.config.sseHeartbeatMs ?? defaultHeartbeatMs,
    closing: options.closing,
    toError: (thrown: unknown) => asContractError(thrown, logError),
  };
  for (const operation of operations) registerOperationRoute(app, operation, routeDeps);
  registerMediaRoute(app, { host, gate });
  registerSessionRoute(app, { host, gate });
  registerLandingRoute(app, { gate, version: options.version, publicUrl: options.publicUrl });
  if (options.mcp) {
    registerMcpRoute(app, { host, gate, publicUrl: options.publicUrl, version: options.version, settings: options.mcp, closing: options.closing, logError });
  }

  app.notFound(createNotFoundHandler(gate));
  app.onError(createErrorHandler(logError));
  return app;
}

function defaultLogError(message: string, cause: unknown): void {
  process.stderr.write(`${message}: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}\n`);
}
