import type { Context, Hono } from 'hono';
import { generateCookie } from 'hono/cookie';
import { CinematicAdsError } from '../contract/errors.ts';
import { sessionCookieName } from '../contract/wire-headers.ts';
import type { ServiceHost } from '../service/service-ports.ts';
import type { AppEnv } from './app-env.ts';
import { readCredential } from './caller-auth.ts';
import type { RequestGate } from './request-gate.ts';
import { jsonAnswer } from './response-headers.ts';

export const sessionPath = '/auth/session';

/**
 * Web sign-in: `POST /auth/session` with `Authorization: Bearer <API key>` sets the HTTP-only
 * session cookie that browser pages then use instead of the key; `DELETE` signs out. Cookies are
 * an HTTP matter, so this lives in the HTTP face only, not in the operation table.
 */
export function registerSessionRoute(app: Hono<AppEnv>, deps: { host: ServiceHost; gate: RequestGate }): void {
  app.post(sessionPath, async (c) => {
    await deps.gate.admit(c, 'default', false);
    const apiKey = readCredential(c)?.apiKey;
    const session = apiKey ? await deps.host.startSession(apiKey) : null;
    if (!session) {
      throw new CinematicAdsError('unauthorized', 'Sign-in needs a valid API key: send "Authorization: Bearer <API key>"');
    }
    const cookie = generateCookie(sessionCookieName, session.token, {
      httpOnly: true,
      // Lax: sent on top-level navigation to this site, never on cross-site requests (CSRF).
      sameSite: 'Lax',
      secure: isHttps(c),
      path: '/',
      expires: new Date(session.expiresAt),
    });
    return jsonAnswer(c, { success: true, data: { expiresAt: session.expiresAt } }, 200, { 'Set-Cookie': cookie });
  });

  app.delete(sessionPath, async (c) => {
    await deps.gate.admit(c, 'default', false);
    const token = readCredential(c)?.sessionToken;
    const ended = token ? await deps.host.endSession(token) : false;
    const cleared = generateCookie(sessionCookieName, '', { httpOnly: true, sameSite: 'Lax', secure: isHttps(c), path: '/', maxAge: 0 });
    return jsonAnswer(c, { success: true, data: { signedOut: ended } }, 200, { 'Set-Cookie': cleared });
  });
}

/** Behind a TLS-terminating proxy the request arrives as http; the proxy says so in X-Forwarded-Proto. */
function isHttps(c: Context<AppEnv>): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('X-Forwarded-Proto') === 'https';
}
