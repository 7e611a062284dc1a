import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CinematicAds } from '../../src/contract/interface.ts';
import { collectEvents, type ServiceFixture, startService, tempDataDir } from './service-fixture.ts';

const temp = tempDataDir('isolation');
let fixture: ServiceFixture;
let owner: CinematicAds;
let stranger: CinematicAds;
let jobId: string;
let batchId: string;
beforeAll(async () => {
  fixture = await startService(temp.dir);
  fixture.service.queue.pause();
  owner = (await fixture.account({ credits: 10 })).api;
  stranger = (await fixture.account({ credits: 10 })).api;
  jobId = (await owner.launchWorkflow({ type: 'cinematic', concept: 'Owner only', hitl: true })).jobId;
  batchId = (await owner.launchBatch({ workflows: [{ type: 'staticad', concept: 'Owner only' }] })).batchId;
});
afterAll(async () => {
  await fixture.service.close();
  temp.cleanup();
});

/** The 404 another account gets must read exactly like the one for an id that never existed. */
async function notFoundMessage(call: Promise<unknown>): Promise<string> {
  const error = await call.then(
    () => undefined,
    (thrown: unknown) => thrown as { code: string; message: string },
  );
  expect(error?.code).toBe('not_found');
  return error!.message.replace(/"[^"]*"/, '"<id>"');
}

describe("another account's ids", () => {
  it('answer 404 on every job and batch route, exactly as a missing id does', async () => {
    const missing = 'wf_0000000000000000000000';
    const pairs: Array<[Promise<unknown>, Promise<unknown>]> = [
      [stranger.getWorkflow({ jobId }), stranger.getWorkflow({ jobId: missing })],
      [stranger.cancelWorkflow({ jobId }), stranger.cancelWorkflow({ jobId: missing })],
      [stranger.reviewWorkflow({ jobId, action: 'reject' }), stranger.reviewWorkflow({ jobId: missing, action: 'reject' })],
      [collectEvents(stranger, jobId), collectEvents(stranger, missing)],
      [stranger.getBatchStatus({ batchId }), stranger.getBatchStatus({ batchId: 'bt_0000000000000000' })],
    ];
    for (const [theirs, nobody] of pairs) expect(await notFoundMessage(theirs)).toBe(await notFoundMessage(nobody));
  });

  it("leave the owner's job untouched and out of the stranger's projects and stats", async () => {
    expect((await owner.getWorkflow({ jobId })).status).toBe('queued');
    expect((await stranger.listProjects()).projects).toEqual([]);
    expect((await stranger.getStats()).totalProjects).toBe(0);
    expect((await owner.listProjects()).projects).toHaveLength(2);
    expect((await owner.getCredits()).balance).toBe(8);
    expect((await stranger.getCredits()).balance).toBe(10);
  });
});
