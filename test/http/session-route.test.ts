import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFixture, type HttpFixture, jsonOf } from './http-fixture.ts';

let fixture: HttpFixture;
beforeAll(async () => {
  fixture = await createHttpFixture();
});
afterAll(() => fixture.close());

const cookieOf = (res: Response) => res.headers.get('Set-Cookie') ?? '';

describe('web sign-in with an API key', () => {
  it('sets an HTTP-only, same-site session cookie that then authenticates; sign-out ends it', async () => {
    const { apiKey } = await fixture.newAccount({ credits: 4 });
    const signIn = await fixture.app.request('/auth/session', { method: 'POST', headers: { Authorization: `Bearer ${apiKey}` } });
    expect(signIn.status).toBe(200);
    const setCookie = cookieOf(signIn);
    expect(setCookie).toMatch(/^cinematicads_session=cas_[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).not.toContain('Secure'); // plain http here; https (or X-Forwarded-Proto: https) adds it
    expect(setCookie).not.toContain(apiKey);
    const cookie = setCookie.split(';')[0]!;

    const credits = await fixture.app.request('/api/user/credits', { headers: { Cookie: cookie } });
    expect(credits.status).toBe(200);
    expect((await jsonOf(credits)).data.balance).toBe(4);

    const signOut = await fixture.app.request('/auth/session', { method: 'DELETE', headers: { Cookie: cookie } });
    expect(await jsonOf(signOut)).toEqual({ success: true, data: { signedOut: true } });
    expect(cookieOf(signOut)).toContain('Max-Age=0');
    expect((await fixture.app.request('/api/user/credits', { headers: { Cookie: cookie } })).status).toBe(401);
  });

  it('marks the cookie Secure behind an HTTPS proxy', async () => {
    const { apiKey } = await fixture.newAccount();
    const res = await fixture.app.request('/auth/session', {
      method: 'POST',
      headers: { Authorization: `Bearer ${apiKey}`, 'X-Forwarded-Proto': 'https' },
    });
    expect(cookieOf(res)).toContain('Secure');
  });

  it('refuses a missing or wrong key with 401 and sets no cookie', async () => {
    for (const headers of [{}, { Authorization: 'Bearer cak_live_nope' }] as Array<Record<string, string>>) {
      const res = await fixture.app.request('/auth/session', { method: 'POST', headers });
      expect(res.status).toBe(401);
      expect(await jsonOf(res)).toMatchObject({ success: false, error: expect.stringContaining('valid API key'), code: 'unauthorized' });
      expect(res.headers.get('Set-Cookie')).toBeNull();
    }
  });
});
