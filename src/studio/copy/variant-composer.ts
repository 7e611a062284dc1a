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
import { asSentence, capitalize, clampChars, fitOnScreen } from './line-fitting.ts';
import { seasonalCopy, type SeasonalFacts } from './seasonal-copy.ts';
import { termOverlap } from './text-tokens.ts';
import { angleSpotlight } from './angle-spotlight.ts';
import { withShorterPhrasings } from './voices/shorter-phrasing.ts';
import { distinctCaptions } from './caption-distinction.ts';
import { isPlural } from './countable-nouns.ts';
import { pronounForRepeatedSubject } from './repeated-subject.ts';
import { dedupeAcrossBeats, nameTerms, withoutRepeats } from './line-repetition.ts';
import { openWithHook, planOpening } from './opening-beat.ts';

export interface VariantRequest {
  facts: CopyFacts;
  voice: CopyVoice;
  plan: StagePlan;
  angle: Angle;
  index: number;
  seed: number;
  durationSec: number;
  /** Captions earlier variants of the same cut showed, per beat: this one shows different ones. */
  captionsTaken?: ReadonlyArray<ReadonlySet<string>>;
}

export interface ComposedVariant {
  variant: ScriptVariant;
  passages: RankedPassage[];
}

/** One script variant: hook, framework beats in the speaker's voice, timed, then the close. */
export function composeVariant(request: VariantRequest): ComposedVariant {
  const { facts, plan, angle, index } = request;
  const { voice, memory } = withShorterPhrasings(request.voice);
  const pick = seededPicker(hashText(`${request.seed}:${angle}:${index}`));
  const pool = new FactPool(facts, index);
  const ctx: StageContext = { facts, voice, pool, pick, angle };
  const season = facts.season ? seasonalCopy[facts.season] : undefined;
  const seasonal: SeasonalFacts = { brand: facts.brand, product: facts.productRef, outcome: facts.outcomes[0] ?? facts.kind, isFood: facts.profile.id === 'food' };

  // The first variant opens on the season; the others keep their angle and carry the season in the body and close.
  const seasonLeads = season !== undefined && index === 0;
  const written: Hook = season && seasonLeads ? season.hook(seasonal, pick) : writeHook(angle, voice, pool, pick, plan.stages[0]?.role ?? 'problem');
  const opening = planOpening(written, {
    facts,
    voice,
    memory,
    pick,
    index,
    durationSec: request.durationSec,
    bodyBeats: plan.stages.length,
    ...(season && seasonLeads ? { seasonGreeting: season.greeting } : {}),
  });
  const hook = opening.hook;
  const drafts = plan.stages.map((stage) => ({ stage: stage.name, role: stage.role, draft: stage.build(ctx) }));
  openWithHook(drafts[0]?.draft, opening);
  const spotlight = angleSpotlight(angle, ctx);
  if (spotlight) insertLine(drafts, spotlight.roles, spotlight.line);
  if (season) weaveTheme(drafts, season.theme(seasonal, pick));
  if (voice.id === 'film') for (const d of drafts) d.draft.lines.push({ text: asSentence(capitalize(pool.imagery())) });

  const cta = season && seasonLeads ? season.cta(seasonal) : writeCta(angle, facts);
  const closing: PlannedBeat = {
    stage: plan.closingName,
    onScreen: cta,
    lines: [{ text: season ? season.closing(seasonal) : voice.close(cta, facts), keep: true }, { text: asSentence(cta) }],
  };
  const names = nameTerms(facts);
  const body: PlannedBeat[] = drafts.map(({ stage, draft }) => ({
    stage,
    onScreen: draft.onScreen,
    lines: withoutRepeats(draft.lines, names),
    ...(draft.altCaptions ? { altCaptions: draft.altCaptions } : {}),
  }));
  const planned = dedupeAcrossBeats(body, names);
  const timed = timeBeats(planned, closing, request.durationSec, { allowsSilence: voice.allowsSilence, shorter: memory.shorter });
  const captions = distinctCaptions(
    timed.slice(0, planned.length).map((beat, i) => ({
      onScreen: beat.onScreen,
      voiceOver: beat.voiceOver,
      alternatives: planned[i]?.altCaptions ?? [],
      // Everything the beat was drafted to say, even lines said elsewhere: a caption may echo them.
      drafted: body[i]?.lines.map((l) => l.text) ?? [],
    })),
    request.captionsTaken,
  );
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
        onScreen: captions[i] || beat.onScreen || fitOnScreen(beat.stage),
        voiceOver: clampChars(pronounForRepeatedSubject(beat.voiceOver, facts.productRef, isPlural(facts.product)), 400),
        start: beat.start,
        end: beat.end,
      })),
    },
    passages: timed.flatMap((beat) => beat.passages),
  };
}

/** The season's theme replaces agitation where the framework has it, else joins a positive beat. */
function weaveTheme(drafts: Array<{ role: StageRole; draft: StageDraft }>, theme: { line: string; short: string }): void {
  const agitation = drafts.find((d, i) => i > 0 && d.role === 'agitate');
  if (agitation) {
    agitation.draft.onScreen = theme.short;
    agitation.draft.lines = [{ text: theme.line, shorter: asSentence(theme.short), essential: true }];
    return;
  }
  insertLine(drafts, ['outcome', 'solution', 'benefit', 'audience', 'authority'], { text: theme.line, shorter: asSentence(theme.short), essential: true });
}

/** Puts a line into the first beat whose role fits (after the opening beat when possible). */
function insertLine(drafts: Array<{ role: StageRole; draft: StageDraft }>, roles: readonly StageRole[], line: DraftLine): void {
  const target = drafts.find((d, i) => i > 0 && roles.includes(d.role)) ?? drafts[drafts.length - 1];
  if (!target || target.draft.lines.some((l) => termOverlap(l.text, line.text) >= 0.6)) return;
  target.draft.lines.splice(1, 0, line);
}
