import type { ScriptVariant } from '../script.ts';
import { hashText, seededPicker } from './brief-seed.ts';
import type { Angle } from './angle-plan.ts';
import type { CopyFacts } from './copy-facts.ts';
import { FactPool } from './fact-pool.ts';
import type { DraftLine, StageContext, StageDraft } from './frameworks/stage-spec.ts';
import type { RankedPassage } from './knowledge-ranking.ts';
import type { StagePlan } from './stage-plan.ts';
import type { StageRole } from './stage-role.ts';
import type { CopyVoice } from './voices/copy-voice.ts';
import { timeBeats, type PlannedBeat } from './beat-timing.ts';
import { writeCta } from './cta-writing.ts';
import { writeHeadline } from './headline-writing.ts';
import { writeHook, type Hook } from './hook-writing.ts';
import { asSentence, clampChars, fitOnScreen } from './line-fitting.ts';
import { seasonalCopy, type SeasonalFacts } from './seasonal-copy.ts';
import { termOverlap } from './text-tokens.ts';
import { angleSpotlight } from './angle-spotlight.ts';

export interface VariantRequest {
  facts: CopyFacts;
  voice: CopyVoice;
  plan: StagePlan;
  angle: Angle;
  index: number;
  seed: number;
  durationSec: number;
}

export interface ComposedVariant {
  variant: ScriptVariant;
  passages: RankedPassage[];
}

/** One script variant: hook, framework beats in the speaker's voice, timed, then the close. */
export function composeVariant(request: VariantRequest): ComposedVariant {
  const { facts, voice, plan, angle, index } = request;
  const pick = seededPicker(hashText(`${request.seed}:${angle}:${index}`));
  const pool = new FactPool(facts, index);
  const ctx: StageContext = { facts, voice, pool, pick, angle };
  const season = facts.season ? seasonalCopy[facts.season] : undefined;
  const seasonal: SeasonalFacts = { brand: facts.brand, product: facts.product, outcome: facts.outcomes[0] ?? facts.kind, isFood: facts.profile.id === 'food' };

  // The first variant opens on the season; the others keep their angle and carry the season in the body and close.
  const seasonLeads = season !== undefined && index === 0;
  const hook: Hook = season && seasonLeads ? season.hook(seasonal, pick) : writeHook(angle, voice, pool, pick, plan.stages[0]?.role ?? 'problem');
  const drafts = plan.stages.map((stage) => ({ stage: stage.name, role: stage.role, draft: stage.build(ctx) }));
  openWithHook(drafts[0]?.draft, hook);
  const spotlight = angleSpotlight(angle, ctx);
  if (spotlight) insertLine(drafts, spotlight.roles, spotlight.line);
  if (season) weaveTheme(drafts, season.theme(seasonal, pick));
  if (voice.id === 'film') for (const d of drafts) d.draft.lines.push({ text: asSentence(pool.imagery()) });

  const cta = season && seasonLeads ? season.cta(seasonal) : writeCta(angle, facts);
  const closing: PlannedBeat = {
    stage: plan.closingName,
    onScreen: cta,
    lines: [{ text: season ? season.closing(seasonal) : voice.close(cta, facts), keep: true }, { text: asSentence(cta) }],
  };
  const body: PlannedBeat[] = drafts.map(({ stage, draft }) => ({ stage, onScreen: draft.onScreen, lines: withoutRepeats(draft.lines) }));
  const timed = timeBeats(dedupeAcrossBeats(body), closing, request.durationSec);
  return {
    variant: {
      id: `v${index + 1}`,
      angle,
      hook: clampChars(hook.line, 160),
      headline: season && seasonLeads ? clampChars(season.headline(seasonal), 80) : writeHeadline(angle, facts, pool),
      cta,
      beats: timed.map((beat, i) => ({
        id: `b${i + 1}`,
        stage: beat.stage,
        onScreen: beat.onScreen || fitOnScreen(beat.stage),
        voiceOver: clampChars(beat.voiceOver, 400),
        start: beat.start,
        end: beat.end,
      })),
    },
    passages: timed.flatMap((beat) => beat.passages),
  };
}

/**
 * The opening beat leads with the hook, spoken and on screen. When the hook already states
 * the stage's pain the stage's own lines become optional; otherwise its first line stays.
 */
function openWithHook(draft: StageDraft | undefined, hook: Hook): void {
  if (!draft) return;
  draft.onScreen = hook.short;
  const stageLines = draft.lines.map((l, i) => ({ ...l, keep: Boolean(l.passage) || (!hook.painLed && i === 0) }));
  draft.lines = [{ text: hook.line, keep: true, essential: true }, ...stageLines];
}

/** Puts a line into the first beat whose role fits (after the opening beat when possible). */
/** The season's theme replaces agitation where the framework has it, else joins a positive beat. */
function weaveTheme(drafts: Array<{ role: StageRole; draft: StageDraft }>, theme: { line: string; short: string }): void {
  const agitation = drafts.find((d, i) => i > 0 && d.role === 'agitate');
  if (agitation) {
    agitation.draft.onScreen = theme.short;
    agitation.draft.lines = [{ text: theme.line, essential: true }];
    return;
  }
  insertLine(drafts, ['outcome', 'solution', 'benefit', 'audience', 'authority'], { text: theme.line, essential: true });
}

function insertLine(drafts: Array<{ role: StageRole; draft: StageDraft }>, roles: readonly StageRole[], line: DraftLine): void {
  const target = drafts.find((d, i) => i > 0 && roles.includes(d.role)) ?? drafts[drafts.length - 1];
  if (!target || target.draft.lines.some((l) => termOverlap(l.text, line.text) >= 0.6)) return;
  target.draft.lines.splice(1, 0, line);
}

/** Within a beat, a line that mostly repeats an earlier one is dropped. */
function withoutRepeats(lines: DraftLine[]): DraftLine[] {
  const kept: DraftLine[] = [];
  for (const line of lines) if (!kept.some((k) => termOverlap(line.text, k.text) >= 0.6)) kept.push(line);
  return kept;
}

/** Across beats, the same sentence is never said twice. */
function dedupeAcrossBeats(body: PlannedBeat[]): PlannedBeat[] {
  const said = new Set<string>();
  return body.map((beat) => {
    const lines = beat.lines.filter((line, i) => {
      const key = line.text.toLowerCase();
      if (said.has(key) && !(i === 0 && beat.lines.length === 1)) return false;
      said.add(key);
      return true;
    });
    return { ...beat, lines: lines.length > 0 ? lines : beat.lines.slice(0, 1) };
  });
}
