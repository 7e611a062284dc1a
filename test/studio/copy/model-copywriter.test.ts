import { describe, expect, it } from 'vitest';
import { MockLanguageModelV3 } from 'ai/test';
import type { LanguageModelV3GenerateResult } from '@ai-sdk/provider';
import { writeScript } from '../../../src/studio/copy/write-script.ts';
import { perfumeBrief } from './perfume-brief.ts';

const usage = { inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 10, text: 10, reasoning: 0 } };

function answering(text: string): MockLanguageModelV3 {
  return new MockLanguageModelV3({
    modelId: 'mock-writer-1',
    doGenerate: async (): Promise<LanguageModelV3GenerateResult> => ({ content: [{ type: 'text', text }], finishReason: { unified: 'stop', raw: 'stop' }, usage, warnings: [] }),
  });
}

const pasVariant = {
  angle: 'concept film',
  hook: 'Gold light. One scent that stays.',
  headline: 'Wear the light all day',
  cta: 'Discover Ambre Doré',
  beats: [
    { stage: 'Problem', onScreen: 'Gone by noon?', voiceOver: 'Gold light at dawn. By noon, your perfume is gone.' },
    { stage: 'Agitate', onScreen: 'Again and again', voiceOver: 'You reapply, and it fades again before lunch.' },
    { stage: 'Solution', onScreen: 'Ambre Doré', voiceOver: 'Ambre Doré holds for twelve hours. Our bottles are refilled in Grasse since 1921.' },
    { stage: 'Call to action', onScreen: 'Discover Ambre Doré', voiceOver: 'Discover Ambre Doré today.' },
  ],
};

describe('writeScript with a text model', () => {
  it('uses the model’s copy, validated and re-timed, and names the model', async () => {
    const model = answering(JSON.stringify({ variants: [pasVariant] }));
    const s = await writeScript(perfumeBrief(), { textModel: model });
    expect(s.writer).toEqual({ kind: 'model', id: 'mock-writer-1' });
    const v = s.variants[0]!;
    expect(v.hook).toBe(pasVariant.hook);
    expect(v.beats.map((b) => b.stage)).toEqual(['Problem', 'Agitate', 'Solution', 'Call to action']);
    expect(v.beats[0]!.start).toBe(0);
    expect(v.beats[v.beats.length - 1]!.end).toBe(15);
    v.beats.slice(1).forEach((b, i) => expect(b.start).toBe(v.beats[i]!.end));
    expect(s.knowledgeUsed.map((k) => k.id)).toEqual(['k1']);
    // The prompt carried the brief's facts and the framework's stages.
    const prompt = JSON.stringify(model.doGenerateCalls[0]?.prompt);
    expect(prompt).toContain('Problem | Agitate | Solution | Solution | Call to action');
    expect(prompt).toContain('Rated 4.8 by 2,000 customers');
    expect(prompt).toContain('Grasse since 1921');
  });

  it('falls back to the offline copywriter on output that is not the schema', async () => {
    const s = await writeScript(perfumeBrief(), { textModel: answering('{"script": "Buy perfume"}') });
    expect(s.writer.kind).toBe('offline');
    expect(s.writer.id).toBe('offline-copywriter');
    expect(s.writer.fallbackReason).toMatch(/text model failed/);
    expect(s.variants[0]!.beats.length).toBeGreaterThan(2);
  });

  it('falls back when the model skips a framework stage', async () => {
    const skipped = { ...pasVariant, beats: pasVariant.beats.filter((b) => b.stage !== 'Agitate') };
    const s = await writeScript(perfumeBrief(), { textModel: answering(JSON.stringify({ variants: [skipped] })) });
    expect(s.writer.kind).toBe('offline');
    expect(s.writer.fallbackReason).toContain('Agitate');
  });

  it('falls back when the model writes fewer variants than the tier needs', async () => {
    const s = await writeScript(perfumeBrief({ type: 'factory', url: 'https://example.com/p' }), { textModel: answering(JSON.stringify({ variants: [pasVariant] })) });
    expect(s.writer.kind).toBe('offline');
    expect(s.writer.fallbackReason).toContain('3 are needed');
    expect(s.variants).toHaveLength(3);
  });

  it('falls back when the model call throws', async () => {
    const model = new MockLanguageModelV3({
      doGenerate: async () => {
        throw new Error('provider unavailable');
      },
    });
    const s = await writeScript(perfumeBrief(), { textModel: model });
    expect(s.writer.fallbackReason).toContain('provider unavailable');
  });

  it('stops instead of falling back when the caller aborts', async () => {
    const controller = new AbortController();
    controller.abort(new Error('job cancelled'));
    await expect(writeScript(perfumeBrief(), { textModel: answering('{}'), signal: controller.signal })).rejects.toThrow('job cancelled');
  });
});
