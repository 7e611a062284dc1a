import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountEvent } from '../../src/service/events/account-events.ts';
import { collectEvents, type ServiceFixture, startService, tempDataDir } from './service-fixture.ts';

const temp = tempDataDir('failure');
let fixture: ServiceFixture;
const heard: AccountEvent[] = [];
beforeAll(async () => {
  // This instance's ffmpeg does not exist, so every video render fails for real.
  fixture = await startService(temp.dir, { config: { ffmpegPath: '/nonexistent/bin/ffmpeg' } });
  fixture.service.accountEvents.subscribe((event) => heard.push(event));
});
afterAll(async () => {
  await fixture.service.close();
  temp.cleanup();
});

describe('a job that fails', () => {
  it('ends failed with its whole cost refunded exactly once, and says why', async () => {
    const { api, caller } = await fixture.account({ credits: 5 });
    const { jobId, cost } = await api.launchWorkflow({ type: 'cinematic', concept: 'Noise-cancelling earbuds', quality: 'premium' });
    expect(cost).toBe(2);
    const events = await collectEvents(api, jobId);
    const result = events.at(-1);
    expect(result).toMatchObject({ event: 'result', data: { success: false, refunded: 2, error: expect.stringContaining('ffmpeg') } });
    expect(events.some((event) => event.event === 'step' && event.data.step === 'art_direction' && event.data.status === 'completed')).toBe(true);

    const job = await api.getWorkflow({ jobId });
    expect(job).toMatchObject({ status: 'failed', refunded: 2, result: { success: false, refunded: 2 } });
    expect(job.steps.at(-1)).toMatchObject({ step: 'video_generation', status: 'failed', endedAt: expect.any(String) });
    expect((await api.getCredits()).balance).toBe(5);

    // However often a refund is asked for again, the journal pays the job once.
    expect(await fixture.service.ledger.refund(caller.account.id, jobId, 2, 'again')).toBe(0);
    await expect(api.cancelWorkflow({ jobId })).rejects.toMatchObject({ code: 'conflict' });
    const refunds = (await fixture.service.ledger.entries(caller.account.id)).filter((entry) => entry.kind === 'refund');
    expect(refunds).toEqual([expect.objectContaining({ ref: jobId, delta: 2 })]);
    expect((await api.getCredits()).balance).toBe(5);

    const types = heard.filter((event) => event.accountId === caller.account.id).map((event) => event.payload.type);
    expect(types[0]).toBe('workflow.started');
    expect(types).toContain('workflow.step');
    expect(types.at(-1)).toBe('workflow.failed');
    expect(heard.at(-1)?.payload).toMatchObject({ id: expect.stringMatching(/^evt_/), data: { jobId, refunded: 2 } });
  });
});
