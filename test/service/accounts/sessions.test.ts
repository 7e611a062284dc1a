import { describe, expect, it } from 'vitest';
import { createAccountRegistry } from '../../../src/service/accounts/account-registry.ts';
import { createCreditLedger } from '../../../src/service/credits/credit-ledger.ts';
import { memoryKeyValueStore } from '../../../src/store/memory-key-value-store.ts';

describe('web sessions', () => {
  it('issue a random token stored only as a hash, valid for 30 days, ended on sign-out', async () => {
    let clock = new Date('2025-03-01T00:00:00Z');
    const store = memoryKeyValueStore();
    const registry = createAccountRegistry({ store, ledger: createCreditLedger(store), now: () => clock });
    const account = await registry.createAccount({ name: 'Web', plan: 'pro' });

    const session = await registry.createSession(account.id);
    expect(session.token).toMatch(/^cas_[A-Za-z0-9_-]{43}$/);
    expect(session.expiresAt).toBe('2025-03-31T00:00:00.000Z');
    const stored: string[] = [];
    for await (const entry of store.entries('')) stored.push(JSON.stringify(entry));
    expect(stored.join('\n')).not.toContain(session.token.slice(4));

    expect(await registry.authenticateSession(session.token)).toEqual({ account, credentialId: session.id, via: 'session', expiresAt: session.expiresAt });
    expect(await registry.authenticateSession(`${session.token.slice(0, -1)}x`)).toBeNull();
    expect(await registry.authenticateSession('nonsense')).toBeNull();

    clock = new Date('2025-03-31T00:00:00Z');
    expect(await registry.authenticateSession(session.token)).toBeNull();
    clock = new Date('2025-03-02T00:00:00Z');
    expect(await registry.endSession(session.token)).toBe(true);
    expect(await registry.authenticateSession(session.token)).toBeNull();
    await expect(registry.createSession('acc_nobody')).rejects.toMatchObject({ status: 404 });
  });
});
