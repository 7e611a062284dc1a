import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { resolveLocalCaller } from '../../src/mcp/local-caller.ts';
import { type ServiceFixture, startService, tempDataDir } from '../service/service-fixture.ts';

const temp = tempDataDir('mcp-local-caller');
const started: ServiceFixture[] = [];
afterEach(async () => {
  for (const fixture of started.splice(0)) await fixture.service.close();
});
afterAll(() => temp.cleanup());

async function fresh(): Promise<ServiceFixture> {
  const fixture = await startService(temp.dir);
  started.push(fixture);
  return fixture;
}

describe('who the stdio server acts as', () => {
  it('opens the local account of an empty data folder and tells its key once, on the log', async () => {
    const { service } = await fresh();
    const lines: string[] = [];
    const caller = await resolveLocalCaller(service, { dataDir: temp.dir, log: (line) => lines.push(line) });
    expect(caller.account).toMatchObject({ name: 'Local', plan: 'enterprise' });
    expect(lines).toEqual([expect.stringMatching(/^First start: created the local account acc_\S+ \(enterprise\)\. Its API key, shown this once: cak_/)]);
    const key = /shown this once: (\S+)/.exec(lines[0]!)![1]!;
    expect((await service.authenticate({ apiKey: key }))?.account.id).toBe(caller.account.id);
    // Next time: the same account, nothing logged.
    const again = await resolveLocalCaller(service, { dataDir: temp.dir, log: (line) => lines.push(line) });
    expect(again.account.id).toBe(caller.account.id);
    expect(lines).toHaveLength(1);
  });

  it('picks the only account, else the local one, else asks for a key; a key decides when given', async () => {
    const { service } = await fresh();
    const log = () => {};
    const only = await service.accounts.createAccount({ name: 'Acme', plan: 'agency', credits: 0 });
    expect((await resolveLocalCaller(service, { dataDir: temp.dir, log })).account.id).toBe(only.id);

    await service.accounts.createAccount({ name: 'Globex', plan: 'agency', credits: 0 });
    await expect(resolveLocalCaller(service, { dataDir: temp.dir, log })).rejects.toMatchObject({
      code: 'invalid_request',
      message: `The data folder ${temp.dir} holds 2 accounts and none is the local one: pass --api-key (or set CINEMATICADS_API_KEY) to choose`,
    });
    const local = await service.accounts.createAccount({ name: 'Local', plan: 'enterprise', credits: 0 });
    expect((await resolveLocalCaller(service, { dataDir: temp.dir, log })).account.id).toBe(local.id);

    const key = await service.accounts.createApiKey(only.id);
    const byKey = await resolveLocalCaller(service, { apiKey: key.key, dataDir: temp.dir, log });
    expect(byKey).toMatchObject({ account: { id: only.id }, via: 'api-key' });
    await expect(resolveLocalCaller(service, { apiKey: 'cak_live_nope', dataDir: temp.dir, log })).rejects.toMatchObject({ code: 'unauthorized' });
  });
});
