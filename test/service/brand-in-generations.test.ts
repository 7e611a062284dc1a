import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hexToHsl } from '../../src/studio/art-direction/color-space.ts';
import type { Script } from '../../src/studio/script.ts';
import type { Storyboard } from '../../src/studio/storyboard.ts';
import { collectEvents, serviceForFile } from './service-fixture.ts';

const fixture = serviceForFile('brand-generations');

async function stepFile<T>(jobId: string, name: string): Promise<T> {
  return JSON.parse(await readFile(join(fixture.dataDir, 'jobs', jobId, name), 'utf8')) as T;
}

describe('the brand profile in generations', () => {
  it('draws palette, tone, audience and name into a launch; changing it later leaves finished projects as they were', async () => {
    const { api } = await fixture.account({ credits: 10 });
    await api.saveBrand({
      name: 'Maison Lune',
      industry: 'fragrance',
      tone: 'playful',
      targetAudience: 'new parents',
      colors: { primary: '#7a1f5c', secondary: '#f2d7e6', accent: '#e0a526' },
    });
    // Premium writes several angles; the audience angle speaks to the brand's target audience by name.
    const { jobId } = await api.launchWorkflow({ type: 'staticad', quality: 'premium', concept: 'A night-time scent that calms the whole house' });
    expect((await collectEvents(api, jobId)).at(-1)).toMatchObject({ event: 'result', data: { success: true } });

    const storyboard = await stepFile<Storyboard>(jobId, 'storyboard.json');
    expect(storyboard.palette).toMatchObject({ primary: '#7a1f5c', secondary: '#f2d7e6' });
    // The accent keeps its hue; its lightness may move so text on it stays readable (WCAG contrast).
    expect(Math.abs(hexToHsl(storyboard.palette.accent).h - hexToHsl('#e0a526').h)).toBeLessThan(3);
    const script = await stepFile<Script>(jobId, 'script.json');
    expect(script.tone).toContain('playful');
    const said = JSON.stringify(script.variants);
    expect(said).toContain('Maison Lune');
    expect(said.toLowerCase()).toContain('parents');

    const before = await Promise.all(['storyboard.json', 'script.json', 'manifest.json'].map((name) => stepFile<unknown>(jobId, name)));
    const projectBefore = (await api.listProjects()).projects.find((project) => project.jobId === jobId);
    await api.saveBrand({ name: 'Nuit Blanche', tone: 'serious', colors: { primary: '#123456' } });

    const after = await Promise.all(['storyboard.json', 'script.json', 'manifest.json'].map((name) => stepFile<unknown>(jobId, name)));
    expect(after).toEqual(before);
    expect((await api.listProjects()).projects.find((project) => project.jobId === jobId)).toEqual(projectBefore);

    const { jobId: next } = await api.launchWorkflow({ type: 'staticad', concept: 'A night-time scent that calms the whole house' });
    expect((await collectEvents(api, next)).at(-1)).toMatchObject({ event: 'result', data: { success: true } });
    expect((await stepFile<Storyboard>(next, 'storyboard.json')).palette.primary).toBe('#123456');
  });
});
