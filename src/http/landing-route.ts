import type { Hono } from 'hono';
import type { AppEnv } from './app-env.ts';
import type { RequestGate } from './request-gate.ts';
import { jsonAnswer } from './response-headers.ts';

/** `GET /`: what this server is and where to read more, for a person who opens it in a browser. */
export function registerLandingRoute(app: Hono<AppEnv>, deps: { gate: RequestGate; version: string; publicUrl: string }): void {
  app.get('/', async (c) => {
    await deps.gate.admit(c, 'default', false);
    return jsonAnswer(c, {
      success: true,
      data: {
        name: 'CinematicAds API (open edition)',
        version: deps.version,
        openapi: `${deps.publicUrl}/openapi.json`,
        health: `${deps.publicUrl}/api/health`,
        auth: 'Authorization: Bearer <API key>',
      },
    });
  });
}
