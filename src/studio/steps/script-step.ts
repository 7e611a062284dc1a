import { writeScript } from '../copy/write-script.ts';
import type { Script } from '../script.ts';
import type { StepContext } from './step-context.ts';

/** The copy: a script per variant, by the configured text model or the offline copywriter. */
export async function scriptStep(ctx: StepContext): Promise<Script> {
  return writeScript(ctx.brief, {
    ...(ctx.textModel ? { textModel: ctx.textModel } : {}),
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
}
