import { join } from 'node:path';
import { deliverableFile } from '../deliverable-file.ts';
import type { Deliverable } from '../manifest.ts';
import type { Storyboard } from '../storyboard.ts';
import { outputName } from './output-naming.ts';
import { writeReport } from './report-step.ts';
import type { DeliveringOutput, StepContext } from './step-context.ts';

/** Still ads as PNG per variant and format; a pain-point job also ships its findings as a report. */
export async function imageGenerationStep(ctx: StepContext): Promise<DeliveringOutput> {
  const storyboard = await ctx.output<Storyboard>('art_direction');
  const stem = ctx.brief.type === 'painpoint' ? 'painpoint' : 'static';
  const jobs = storyboard.variants.flatMap((variant) => ctx.brief.formats.map((format) => ({ variantId: variant.variantId, format })));
  const deliverables: Deliverable[] = [];
  for (const [index, { variantId, format }] of jobs.entries()) {
    const still = await ctx.providers.image.renderImage({
      storyboard,
      variantId,
      format,
      size: ctx.size,
      images: ctx.brief.source?.images ?? [],
      brandName: ctx.brief.brand.name,
      tools: ctx.tools,
      outFile: join(ctx.outDir, `${outputName(stem, variantId, format, storyboard.variants.length)}.png`),
    });
    deliverables.push(await deliverableFile(ctx.outDir, still.path, { kind: 'image', format, variantId, width: still.width, height: still.height }));
    ctx.progress((index + 1) / jobs.length);
  }
  if (ctx.brief.type === 'painpoint') deliverables.push(...(await writeReport(ctx, await ctx.output('analysis'))));
  return { deliverables };
}
