import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { health, modelsStatus } from '../../src/contract/schemas/platform.ts';
import type { JobRecord } from '../../src/service/jobs/job-record.ts';
import { jobStoreKeys } from '../../src/service/jobs/job-store-keys.ts';
import { ensureLocalAccount } from '../../src/service/local-account.ts';
import { type ServiceFixture, startService, tempDataDir } from './service-fixture.ts';

const temp = tempDataDir('platform');
let now = new Date('2025-06-01T12:00:00Z');
let fixture: ServiceFixture;
beforeAll(async () => {
  fixture = await startService(temp.dir, { clock: () => now, config: { localCredits: 40 } });
  fixture.service.queue.pause();
});
afterAll(async () => {
  await fixture.service.close();
  temp.cleanup();
});

describe('public operations', () => {
  it('reports health with the package version, and capabilities without provider names', async () => {
    expect(health.parse(await fixture.service.public.getHealth())).toEqual({ status: 'ok', version: '0.1.0' });
    const status = modelsStatus.parse(await fixture.service.public.getModelsStatus());
    expect(status.capabilities.video).toMatchObject({ available: true, mode: 'offline', models: [{ id: 'offline-motion', default: true }] });
    expect(status.capabilities.image.models.map((model) => model.id)).toEqual(['offline-canvas']);
    expect(status.capabilities.voice.models.map((model) => model.id)).toEqual(['espeak-ng']);
    expect(status.capabilities.text).toMatchObject({ mode: 'offline', available: true });
    expect(JSON.stringify(status)).not.toMatch(/openai|anthropic|gpt|claude/i);
    const document = await fixture.service.public.getOpenapiDocument();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/api/workflow/stream');
  });
});

describe('the account API', () => {
  it('saves the brand profile and draws it into later launches', async () => {
    const { api } = await fixture.account();
    expect(await api.getBrand()).toBeNull();
    const saved = await api.saveBrand({ name: 'Maison Lune', tone: 'warm', colors: { primary: '#c8a24a' } });
    expect(saved).toEqual({ name: 'Maison Lune', tone: 'warm', colors: { primary: '#c8a24a' }, updatedAt: now.toISOString() });
    expect(await api.getBrand()).toEqual(saved);
    await expect(api.saveBrand({ name: '', colors: { primary: 'gold' } })).rejects.toMatchObject({ code: 'invalid_request' });
    const { jobId } = await api.launchWorkflow({ type: 'cinematic', concept: 'Perfume at golden hour' });
    const stored = await fixture.store.get<JobRecord>(jobStoreKeys.job(jobId));
    expect(stored?.brief.brand).toEqual({ name: 'Maison Lune', tone: 'warm', colors: { primary: '#c8a24a' } });
    expect((await api.listProjects()).projects[0]).toMatchObject({ jobId, name: 'Perfume at golden hour' });
  });

  it('manages API keys for the caller', async () => {
    const { api } = await fixture.account();
    const created = await api.createApiKey({ name: 'CI' });
    expect(created.key).toMatch(/^cak_live_/);
    expect((await api.listApiKeys()).keys.map((key) => key.name)).toContain('CI');
    expect(await api.revokeApiKey({ id: created.id })).toEqual({ id: created.id, revoked: true });
    expect(await fixture.service.authenticate({ apiKey: created.key })).toBeNull();
  });

  it('refuses API keys on a plan without API access, and launches on an ended trial', async () => {
    const pro = await fixture.account({ plan: 'pro' });
    await expect(pro.api.getCredits()).rejects.toMatchObject({ code: 'forbidden', status: 403 });
    await expect(pro.api.getWorkflowStream({ jobId: 'wf_0000000000000000' })[Symbol.asyncIterator]().next()).rejects.toMatchObject({ code: 'forbidden' });

    const trial = await fixture.account({ plan: 'trial', credits: 5 });
    now = new Date('2025-07-01T12:00:00Z');
    try {
      await expect(trial.api.launchWorkflow({ type: 'cinematic', concept: 'Late' })).rejects.toMatchObject({ code: 'trial_expired', status: 402 });
      expect((await trial.api.getCredits()).balance).toBe(5);
    } finally {
      now = new Date('2025-06-01T12:00:00Z');
    }
  });
});

describe('ensureLocalAccount', () => {
  it('opens a local Enterprise account with the configured credits on a store without accounts, once', async () => {
    const empty = tempDataDir('local');
    const local = await startService(empty.dir, { config: { localCredits: 40 } });
    try {
      const first = await ensureLocalAccount(local.service, empty.dir);
      expect(first?.account.plan).toBe('enterprise');
      const caller = await local.service.authenticate({ apiKey: first!.apiKey.key });
      expect(await local.service.forAccount(caller!).getCredits()).toEqual({ balance: 40, plan: 'enterprise', trialEndsAt: null });
      expect(await ensureLocalAccount(local.service, empty.dir)).toBeNull();
    } finally {
      await local.service.close();
      empty.cleanup();
    }
  });
});
