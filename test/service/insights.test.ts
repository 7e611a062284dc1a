import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CinematicAds } from '../../src/contract/interface.ts';
import { userAnalytics as analyticsSchema } from '../../src/contract/schemas/analytics.ts';
import { projectList } from '../../src/contract/schemas/projects.ts';
import { userStats as statsSchema } from '../../src/contract/schemas/stats.ts';
import { type ServiceFixture, startService, tempDataDir } from './service-fixture.ts';

const temp = tempDataDir('insights');
let now = new Date('2025-03-10T09:15:00Z');
let fixture: ServiceFixture;
let api: CinematicAds;
const launched: string[] = [];

beforeAll(async () => {
  fixture = await startService(temp.dir, { clock: () => now });
  api = (await fixture.account({ credits: 10 })).api;
  // Day 1, 09:xx UTC: two analyses that complete (1 and 2 credits).
  launched.push((await api.launchWorkflow({ type: 'ad-optimizer', concept: 'Buy now. Best shoes.', async: false })).jobId);
  launched.push((await api.launchWorkflow({ type: 'ad-optimizer', concept: 'Shop the sale today.', quality: 'premium', async: false })).jobId);
  // Day 2, 15:xx UTC: one launch cancelled (refunded) and one left queued.
  now = new Date('2025-03-11T15:40:00Z');
  fixture.service.queue.pause();
  const cancelled = (await api.launchWorkflow({ type: 'cinematic', concept: 'A lamp that follows the sun' })).jobId;
  await api.cancelWorkflow({ jobId: cancelled });
  launched.push(cancelled);
  launched.push((await api.launchWorkflow({ type: 'local-audit', concept: 'Bakery in Lyon, open Sundays' })).jobId);
});
afterAll(async () => {
  await fixture.service.close();
  temp.cleanup();
});

describe('projects and insights', () => {
  it('lists every job as a project, newest first', async () => {
    const { projects } = projectList.parse(await api.listProjects());
    expect(projects.map((project) => project.jobId)).toEqual([...launched].reverse());
    expect(projects[3]).toMatchObject({ type: 'ad-optimizer', name: 'Buy now. Best shoes.', status: 'completed', cost: 1, refunded: 0 });
    expect(projects[1]).toMatchObject({ type: 'cinematic', status: 'cancelled', cost: 1, refunded: 1 });
    expect(projects[0]).toMatchObject({ status: 'queued', cost: 2 });
  });

  it('counts stats from the jobs and the journal, over all time or a date range', async () => {
    const all = statsSchema.parse(await api.getStats());
    expect(all).toMatchObject({
      startDate: null,
      endDate: null,
      totalProjects: 4,
      creditsUsed: 5,
      creditsRefunded: 1,
      completed: 2,
      failed: 1,
      successRate: 2 / 3,
    });
    expect(all.projectsByType).toMatchObject({ 'ad-optimizer': 2, cinematic: 1, 'local-audit': 1, brand: 0 });
    expect(await api.getStats({ startDate: '2025-03-10', endDate: '2025-03-10' })).toMatchObject({ totalProjects: 2, creditsUsed: 3, successRate: 1 });
    expect(await api.getStats({ startDate: '2025-03-12' })).toMatchObject({ totalProjects: 0, creditsUsed: 0, successRate: 0 });
    await expect(api.getStats({ startDate: '2025-03-12', endDate: '2025-03-01' })).rejects.toMatchObject({ code: 'invalid_request' });
  });

  it('computes analytics per day, per type and per hour over the window', async () => {
    const week = analyticsSchema.parse(await api.getAnalytics({ period: '7d' }));
    expect(week).toMatchObject({ period: '7d', from: '2025-03-05', to: '2025-03-11' });
    expect(week.trends).toHaveLength(7);
    expect(week.trends.at(-2)).toEqual({ date: '2025-03-10', projects: 2, credits: 3, completed: 2, failed: 0 });
    expect(week.trends.at(-1)).toEqual({ date: '2025-03-11', projects: 2, credits: 2, completed: 0, failed: 1 });
    expect(week.trends[0]).toEqual({ date: '2025-03-05', projects: 0, credits: 0, completed: 0, failed: 0 });
    expect(week.usageByType).toEqual([
      { type: 'ad-optimizer', projects: 2 },
      { type: 'cinematic', projects: 1 },
      { type: 'local-audit', projects: 1 },
    ]);
    expect(week.creditDistribution).toEqual([
      { type: 'ad-optimizer', credits: 3, share: 0.6 },
      { type: 'local-audit', credits: 2, share: 0.4 },
    ]);
    expect(week.peakHours).toEqual([
      { hour: 9, projects: 2 },
      { hour: 15, projects: 2 },
    ]);
    expect((await api.getAnalytics()).trends).toHaveLength(30);
    await expect(api.getAnalytics({ period: '1y' as '7d' })).rejects.toMatchObject({ code: 'invalid_request' });
  });
});
