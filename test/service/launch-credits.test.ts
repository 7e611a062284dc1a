import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CinematicAdsError } from '../../src/contract/errors.ts';
import type { KeyValueStore } from '../../src/store/key-value-store.ts';
import { memoryKeyValueStore } from '../../src/store/memory-key-value-store.ts';
import { type ServiceFixture, startService, tempDataDir } from './service-fixture.ts';

const temp = tempDataDir('credits');
const store = memoryKeyValueStore();
let fixture: ServiceFixture;
beforeAll(async () => {
  fixture = await startService(temp.dir, { store });
  // Nothing renders in this file: jobs stay queued, which is all a credit check needs.
  fixture.service.queue.pause();
});
afterAll(async () => {
  await fixture.service.close();
  temp.cleanup();
});

async function storedKeys(kv: KeyValueStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const [key] of kv.entries('')) keys.push(key);
  return keys.sort();
}

const jobsFolder = () => (existsSync(join(temp.dir, 'jobs')) ? readdirSync(join(temp.dir, 'jobs')) : []);

describe('paying for launches', () => {
  it("answers a short balance with the seed's 402 sentence and writes nothing", async () => {
    const { api } = await fixture.account({ credits: 1 });
    const keysBefore = await storedKeys(store);
    const foldersBefore = jobsFolder();
    const refused = api.launchWorkflow({ type: 'cinematic', concept: 'Luxury perfume ad with golden tones', quality: 'premium' });
    await expect(refused).rejects.toMatchObject({
      code: 'insufficient_credits',
      status: 402,
      message: 'Insufficient credits. Required: 2, available: 1',
      details: { required: 2, available: 1 },
    });
    expect(await storedKeys(store)).toEqual(keysBefore);
    expect(jobsFolder()).toEqual(foldersBefore);
    expect((await api.getCredits()).balance).toBe(1);
  });

  it('refuses invalid requests, unknown models and reserved workflows before spending anything', async () => {
    const { api } = await fixture.account({ credits: 50, plan: 'trial' });
    const keysBefore = await storedKeys(store);
    await expect(api.launchWorkflow({ type: 'clone' })).rejects.toMatchObject({ code: 'invalid_request', message: expect.stringContaining('url is required for type "clone"') });
    await expect(api.launchWorkflow({ type: 'cinematic', concept: 'x', models: { video: 'sora-9' } })).rejects.toMatchObject({
      code: 'invalid_request',
      message: expect.stringContaining('unknown video model "sora-9"'),
    });
    await expect(api.launchWorkflow({ type: 'brand', concept: 'Our story' })).rejects.toMatchObject({ code: 'forbidden', status: 403 });
    expect(await storedKeys(store)).toEqual(keysBefore);
    expect((await api.getCredits()).balance).toBe(50);
  });

  it('accepts exactly what the balance covers out of 200 concurrent launches, and the balance never goes below zero', async () => {
    const { api, caller } = await fixture.account({ credits: 50 });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) => api.launchWorkflow({ type: 'cinematic', concept: `Concept number ${i}` })),
    );
    const accepted = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const refused = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as CinematicAdsError] : []));
    expect(accepted).toHaveLength(50);
    expect(refused).toHaveLength(150);
    expect(refused.every((error) => error.status === 402 && /^Insufficient credits\. Required: 1, available: 0$/.test(error.message))).toBe(true);

    const entries = await fixture.service.ledger.entries(caller.account.id);
    const spent = -entries.filter((entry) => entry.kind === 'debit').reduce((sum, entry) => sum + entry.delta, 0);
    expect(spent).toBe(50);
    expect(entries.every((entry) => entry.balance >= 0)).toBe(true);
    expect(await fixture.service.ledger.verifyBalance(caller.account.id)).toMatchObject({ ok: true });
    expect((await api.getCredits()).balance).toBe(0);
    const projects = (await api.listProjects()).projects;
    expect(projects).toHaveLength(50);
    expect(new Set(projects.map((project) => project.jobId)).size).toBe(50);
  });

  it('launches a batch all or nothing: one debit for every workflow, or a 402 and no job', async () => {
    const { api } = await fixture.account({ credits: 4 });
    const workflows = [
      { type: 'cinematic' as const, concept: 'Golden hour perfume' },
      { type: 'staticad' as const, concept: 'Cold brew, no sugar' },
      { type: 'avatar' as const, concept: 'A founder explains the app' },
    ];
    const keysBefore = await storedKeys(store);
    await expect(api.launchBatch({ workflows: [...workflows, { type: 'cinematic', concept: 'One too many' }] })).rejects.toThrow(
      'Insufficient credits. Required: 5, available: 4',
    );
    expect(await storedKeys(store)).toEqual(keysBefore);

    const batch = await api.launchBatch({ workflows });
    expect(batch).toMatchObject({ batchId: expect.stringMatching(/^bt_/), cost: 4 });
    expect(batch.jobIds).toHaveLength(3);
    expect((await api.getCredits()).balance).toBe(0);
    expect(await api.getBatchStatus({ batchId: batch.batchId })).toEqual({
      batchId: batch.batchId,
      total: 3,
      completed: 0,
      failed: 0,
      pending: 3,
      active: 0,
      jobs: batch.jobIds.map((jobId, i) => ({ jobId, type: workflows[i]!.type, status: 'queued' })),
    });
    const job = await api.getWorkflow({ jobId: batch.jobIds[1]! });
    expect(job.batchId).toBe(batch.batchId);

    await api.cancelWorkflow({ jobId: batch.jobIds[0]! });
    expect(await api.getBatchStatus({ batchId: batch.batchId })).toMatchObject({ total: 3, failed: 1, pending: 2 });
    expect((await api.getCredits()).balance).toBe(1);
  });
});
