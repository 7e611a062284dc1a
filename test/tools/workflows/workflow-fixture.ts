import type { CinematicAds } from '../../../src/contract/interface.ts';
import { inProcessMediaReader } from '../../../src/mcp/in-process-media.ts';
import type { ElicitAnswer, ElicitQuestion, ToolContext } from '../../../tools/tool-definition.ts';
import type { ServiceFixture } from '../../service/service-fixture.ts';

export interface RecordingContext extends ToolContext {
  updates: Array<{ progress: number; total?: number; message?: string }>;
  questions: ElicitQuestion[];
  abort(reason?: unknown): void;
}

/**
 * A hand-built ToolContext over a real account: progress is recorded, the storyboard is read from
 * the data folder, and `answers` (when given) play the human answering each question in turn.
 */
export function recordingContext(fixture: ServiceFixture, api: CinematicAds, answers?: ElicitAnswer[]): RecordingContext {
  const controller = new AbortController();
  const updates: RecordingContext['updates'] = [];
  const questions: ElicitQuestion[] = [];
  const queue = answers ? [...answers] : undefined;
  return {
    api,
    signal: controller.signal,
    updates,
    questions,
    abort: (reason?: unknown) => controller.abort(reason),
    async progress(update) {
      updates.push(update);
    },
    readMedia: inProcessMediaReader(fixture.service),
    ...(queue
      ? {
          async elicit(question: ElicitQuestion) {
            questions.push(question);
            const answer = queue.shift();
            if (!answer) throw new Error('the test gave no answer for this question');
            return answer;
          },
        }
      : {}),
  };
}
