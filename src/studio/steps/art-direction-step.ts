import { directArtWithNotes } from '../art-direction/direct-art.ts';
import type { Script } from '../script.ts';
import type { Storyboard } from '../storyboard.ts';
import type { StepContext } from './step-context.ts';

/** The storyboard: the review point of a `hitl` job, redone with a reviewer's notes on "revise". */
export async function artDirectionStep(ctx: StepContext): Promise<Storyboard> {
  const script = await ctx.output<Script>('script');
  const direction = directArtWithNotes(ctx.brief, script, ctx.reviewNotes ? { notes: ctx.reviewNotes } : {});
  for (const ignored of direction.notesIgnored) ctx.notice(`Review note not applied: ${ignored}`);
  return direction.storyboard;
}
