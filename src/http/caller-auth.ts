import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { sessionCookieName } from '../contract/wire-headers.ts';
import type { Caller, ServiceHost } from '../service/service-ports.ts';
import type { AppEnv } from './app-env.ts';

export interface Credential {
  apiKey?: string;
  sessionToken?: string;
}

/** Bearer header first (API clients), else the HTTP-only session cookie (web sessions); null when neither is sent. */
export function readCredential(c: Context<AppEnv>): Credential | null {
  const authorization = c.req.header('Authorization');
  if (authorization !== undefined) {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
    // A malformed header is still a credential attempt: it must fail, not fall back to the cookie.
    return { apiKey: match?.[1] ?? '' };
  }
  const sessionToken = getCookie(c, sessionCookieName);
  return sessionToken ? { sessionToken } : null;
}

/** The caller behind the request's credential, or null: the account comes from the credential only. */
export async function authenticateCaller(c: Context<AppEnv>, host: ServiceHost): Promise<Caller | null> {
  const credential = readCredential(c);
  if (!credential || (!credential.apiKey && !credential.sessionToken)) return null;
  return host.authenticate(credential);
}
