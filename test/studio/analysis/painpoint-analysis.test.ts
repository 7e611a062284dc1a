import { describe, expect, it } from 'vitest';
import { resolveBrief } from '../../../src/studio/brief.ts';
import { analyzePainPoints } from '../../../src/studio/analysis/painpoint-analysis.ts';
import { painPointsToMarkdown } from '../../../src/studio/analysis/painpoint-markdown.ts';
import { perfumeBrief } from '../copy/perfume-brief.ts';

describe('analyzePainPoints', () => {
  it('ranks pains by evidence: stated outright beats implied beats sector defaults', () => {
    const report = analyzePainPoints(
      resolveBrief({
        type: 'painpoint',
        concept: 'Meal kits for busy parents who are tired of cooking the same three dinners',
        framework: 'pas',
        brand: { name: 'Forkful', industry: 'food', targetAudience: 'busy parents' },
        source: { claims: ['Dinner ready in 15 minutes', 'Free delivery'] },
      }),
    );
    expect(report.painPoints[0]!.pain).toBe('cooking the same three dinners');
    expect(report.painPoints[0]!.sources).toContain('concept');
    const scores = report.painPoints.map((p) => p.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // "Ready in 15 minutes" implies a time pain; "busy parents" implies not having enough of it.
    expect(report.painPoints.some((p) => p.kind === 'time' && p.evidence.includes('Dinner ready in 15 minutes'))).toBe(true);
    expect(report.painPoints.map((p) => p.pain)).toContain('never having enough time');
    expect(report.painPoints.every((p) => p.sources.every((s) => s !== 'industry' || p.sources.length > 1))).toBe(true);
  });

  it('gives each pain an angle, 2–3 hooks and the framework told stage by stage', () => {
    const report = analyzePainPoints(perfumeBrief({ type: 'painpoint' }));
    expect(report.painPoints.length).toBeGreaterThanOrEqual(3);
    for (const point of report.painPoints) {
      expect(point.angle.length).toBeGreaterThan(3);
      expect(point.hooks.length).toBeGreaterThanOrEqual(2);
      expect(point.hooks.length).toBeLessThanOrEqual(3);
      expect(point.hooks.join(' ')).toContain(point.pain);
      expect(point.frameworkLine).toMatch(/^Problem: .+ → Agitate: .+ → Solution: .+ → Call to action: /);
      expect(point.frameworkLine.toLowerCase()).toContain(point.pain.toLowerCase());
    }
    expect(report.topHook).toBe(report.painPoints[0]!.hooks[0]);
    // A hook with a number reuses the brief's own figure, never an invented one.
    expect(report.painPoints[0]!.hooks[1]).toContain('12-hour');
  });

  it('follows the brief’s framework and renders Markdown', () => {
    const report = analyzePainPoints(perfumeBrief({ type: 'painpoint', framework: 'aida' }));
    expect(report.painPoints[0]!.frameworkLine).toMatch(/^Attention: .+ → Interest: .+ → Desire: .+ → Action: /);
    const md = painPointsToMarkdown(report);
    expect(md).toContain('# Pain points — Maison Lumière');
    expect(md).toContain(`## 1. A scent that fades by noon`);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
