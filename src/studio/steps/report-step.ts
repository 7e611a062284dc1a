import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { adCritiqueToMarkdown } from '../analysis/ad-critique-markdown.ts';
import type { AdCritique } from '../analysis/ad-critique.ts';
import { localAuditToMarkdown } from '../analysis/local-audit-markdown.ts';
import type { LocalAudit } from '../analysis/local-audit.ts';
import { painPointsToMarkdown } from '../analysis/painpoint-markdown.ts';
import type { PainPointReport } from '../analysis/painpoint-analysis.ts';
import { deliverableFile } from '../deliverable-file.ts';
import type { Deliverable } from '../manifest.ts';
import type { DeliveringOutput, StepContext } from './step-context.ts';

type Findings = PainPointReport | AdCritique | LocalAudit;

/** Writes the analysis as `report.json` (for machines) and `report.md` (for people). */
export async function reportStep(ctx: StepContext): Promise<DeliveringOutput> {
  return { deliverables: await writeReport(ctx, await ctx.output<Findings>('analysis')) };
}

export async function writeReport(ctx: StepContext, findings: Findings): Promise<Deliverable[]> {
  const json = join(ctx.outDir, 'report.json');
  const markdown = join(ctx.outDir, 'report.md');
  await writeFinished(json, `${JSON.stringify(findings, null, 2)}\n`);
  await writeFinished(markdown, toMarkdown(ctx.brief.type, findings));
  return [await deliverableFile(ctx.outDir, json, { kind: 'report' }), await deliverableFile(ctx.outDir, markdown, { kind: 'report' })];
}

function toMarkdown(type: string, findings: Findings): string {
  if (type === 'painpoint') return painPointsToMarkdown(findings as PainPointReport);
  if (type === 'ad-optimizer') return adCritiqueToMarkdown(findings as AdCritique);
  return localAuditToMarkdown(findings as LocalAudit);
}

async function writeFinished(path: string, text: string): Promise<void> {
  await writeFile(`${path}.partial`, text);
  await rename(`${path}.partial`, path);
}
