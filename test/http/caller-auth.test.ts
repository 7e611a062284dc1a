import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookieName } from '../../src/contract/wire-headers.ts';
import { createHttpFixture, type HttpFixture, type TestAccount, jsonOf } from './http-fixture.ts';

let fixture: HttpFixture;
let alice: TestAccount;
let bob: TestAccount;

beforeAll(async () => {
  fixture = await createHttpFixture();
  alice = await fixture.newAccount({ credits: 7 });
  bob = await fixture.newAccount({ credits: 3 });
});
afterAll(() => fixture.close());

async function expectUnauthorized(headers: Record<string, string>): Promise<void> {
  const res = await fixture.app.request('/api/user/credits', { headers });
  expect(res.status).toBe(401);
  expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
  expect(res.headers.get('x-ratelimit-limit')).toBe('100');
  const body = await jsonOf(res);
  expect(body).toEqual({ success: false, error: expect.stringMatching(/Bearer/), code: 'unauthorized' });
}

describe('authentication', () => {
  it('answers 401 with WWW-Authenticate without a credential, or with a bad or malformed one', async () => {
    await expectUnauthorized({});
    await expectUnauthorized({ Authorization: 'Bearer cak_live_notarealkey' });
    await expectUnauthorized({ Authorization: `Basic ${Buffer.from('a:b').toString('base64')}` });
    await expectUnauthorized({ Authorization: 'Bearer' });
    await expectUnauthorized({ Cookie: `${sessionCookieName}=cas_forged` });
  });

  it('takes the account from the Bearer key only', async () => {
    const res = await fixture.app.request('/api/user/credits?accountId=' + bob.accountId, {
      headers: { Authorization: `Bearer ${alice.apiKey}`, 'X-Account-Id': bob.accountId },
    });
    expect((await jsonOf(res)).data.balance).toBe(7);
  });

  it('accepts a web session cookie', async () => {
    const token = await fixture.newSession(bob.accountId);
    const res = await fixture.app.request('/api/user/credits', { headers: { Cookie: `${sessionCookieName}=${token}` } });
    expect(res.status).toBe(200);
    expect((await jsonOf(res)).data.balance).toBe(3);
  });

  it('prefers the Bearer header over a cookie, and does not fall back when the header is bad', async () => {
    const token = await fixture.newSession(bob.accountId);
    const both = await fixture.app.request('/api/user/credits', { headers: { Authorization: `Bearer ${alice.apiKey}`, Cookie: `${sessionCookieName}=${token}` } });
    expect((await jsonOf(both)).data.balance).toBe(7);
    await expectUnauthorized({ Authorization: 'Bearer wrong', Cookie: `${sessionCookieName}=${token}` });
  });

  it('stops accepting a revoked key at once', async () => {
    const carol = await fixture.newAccount({ credits: 1 });
    const headers = { Authorization: `Bearer ${carol.apiKey}` };
    const keys = (await jsonOf(await fixture.app.request('/api/user/keys', { headers }))).data;
    const keyId = (Array.isArray(keys) ? keys : keys.keys)[0].id;
    const revoked = await fixture.app.request(`/api/user/keys?id=${keyId}`, { method: 'DELETE', headers });
    expect(revoked.status).toBe(200);
    await expectUnauthorized(headers);
  });
});
