import { critiqueAd } from '../analysis/ad-critique.ts';
import { auditLocalPresence } from '../analysis/local-audit.ts';
import { analyzePainPoints } from '../analysis/painpoint-analysis.ts';
import { CinematicAdsError } from '../../contract/errors.ts';
import type { StepContext } from './step-context.ts';

/** The analysis workflows' findings, as JSON the report step writes out. */
export async function analysisStep(ctx: StepContext): Promise<unknown> {
  switch (ctx.brief.type) {
    case 'painpoint':
      return analyzePainPoints(ctx.brief);
    case 'ad-optimizer':
      return critiqueAd(ctx.brief);
    case 'local-audit':
      return auditLocalPresence(ctx.brief);
    default:
      throw new CinematicAdsError('internal', `Workflow "${ctx.brief.type}" has no analysis step`);
  }
}
