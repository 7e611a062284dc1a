import type { ScriptVariant } from '../script.ts';
import { hashText, seededPicker, type Picker } from './brief-seed.ts';
import type { Angle } from './angle-plan.ts';
import type { CopyFacts } from './copy-facts.ts';
import { FactPool } from './fact-pool.ts';
import type { DraftLine, StageContext, StageDraft } from './frameworks/stage-spec.ts';
import type { RankedPassage } from './knowledge-ranking.ts';
import type { StagePlan } from './stage-plan.ts';
import type { StageRole } from './stage-role.ts';
import type { CopyVoice } from './voices/copy-voice.ts';
import { openingAllowance, timeBeats, wordsPerSecond, type PlannedBeat } from './beat-timing.ts';
import { writeCta } from './cta-writing.ts';
import { writeHeadline } from './headline-writing.ts';
import { conceptCaption, writeHook, type Hook } from './hook-writing.ts';
import { asSentence, capitalize, clampChars, fitOnScreen } from './line-fitting.ts';
import { seasonalCopy, type SeasonalFacts } from './seasonal-copy.ts';
import { contentTerms, countWords, termOverlap } from './text-tokens.ts';
import { angleSpotlight } from './angle-spotlight.ts';
import { withShorterPhrasings } from './voices/shorter-phrasing.ts';
import { distinctCaptions } from './caption-distinction.ts';
import { isPlural } from './countable-nouns.ts';
import { pronounForRepeatedSubject } from './repeated-subject.ts';

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
  const concept = conceptLine(request, voice, written, pick);
  // A season's greeting still opens its cut; any other hook gives way to the concept when both cannot fit.
  const hook = concept && !seasonLeads && !fitsOpening([written.line, concept.text], request) ? conceptHook(memory.shorter(concept.text) ?? concept.text, facts) : written;
  const drafts = plan.stages.map((stage) => ({ stage: stage.name, role: stage.role, draft: stage.build(ctx) }));
  openWithHook(drafts[0]?.draft, hook, hook === written ? concept : undefined);
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
  const names = new Set(contentTerms(`${facts.product} ${facts.brand}`));
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

/**
 * The brief's concept in the speaker's words, for the lead variant whose hook does not already
 * say it: the customer asked for this idea, so the first beat carries it. Other variants of a
 * multi-variant cut keep their own angle (factory's lead variant is the concept angle itself).
 */
function conceptLine(request: VariantRequest, voice: CopyVoice, hook: Hook, pick: Picker): DraftLine | undefined {
  const concept = request.facts.concept;
  if (!concept || request.index > 0 || hook.carriesConcept) return undefined;
  // Judged on the concept's own words: a hook that only names the product ("Nitro Cold Brew") has not said it.
  const names = new Set(contentTerms(`${request.facts.product} ${request.facts.brand}`));
  if (repeats(concept.phrase, hook.line, names) >= 0.6) return undefined;
  return { text: voice.concept(concept, request.facts, pick), essential: true };
}

/** Whether these opening lines leave every other beat time to say a short sentence. */
function fitsOpening(lines: readonly string[], request: VariantRequest): boolean {
  const words = lines.reduce((sum, line) => sum + countWords(line), 0);
  return words / wordsPerSecond <= openingAllowance(request.durationSec, request.plan.stages.length) + 1e-9;
}

/** When the hook and the concept cannot both open a short cut, the concept is the hook: it is what the brief asked for. */
function conceptHook(line: string, facts: CopyFacts): Hook {
  return { line, short: facts.concept ? conceptCaption(facts.concept) : fitOnScreen(line), carriesConcept: true };
}

/**
 * The opening beat leads with the hook, spoken and on screen, then the concept line when there
 * is one. When the hook already states the stage's pain the stage's own lines become optional;
 * otherwise its first line stays.
 */
function openWithHook(draft: StageDraft | undefined, hook: Hook, concept: DraftLine | undefined): void {
  if (!draft) return;
  draft.onScreen = hook.short;
  const stageLines = draft.lines.map((l, i) => ({ ...l, keep: Boolean(l.passage) || (!hook.painLed && i === 0) }));
  draft.lines = [{ text: hook.line, keep: true, essential: true }, ...(concept ? [concept] : []), ...stageLines];
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

/**
 * How much of a line repeats another, not counting the product's and brand's names: saying
 * the name again is how an ad works, saying the same thing again is not.
 */
function repeats(line: string, earlier: string, names: ReadonlySet<string>): number {
  const rest = contentTerms(line).filter((t) => !names.has(t));
  return rest.length > 0 ? termOverlap(line, earlier, names) : termOverlap(line, earlier);
}

/** Within a beat, a line that mostly repeats an earlier one is dropped. */
function withoutRepeats(lines: DraftLine[], names: ReadonlySet<string>): DraftLine[] {
  const kept: DraftLine[] = [];
  for (const line of lines) if (!kept.some((k) => repeats(line.text, k.text, names) >= 0.6)) kept.push(line);
  return kept;
}

/**
 * Across beats, the same thing is never said twice: a line that mostly repeats one already
 * said ("Tired of getting caught in the rain?" after the hook named it) goes, unless it is
 * all its beat has to say.
 */
function dedupeAcrossBeats(body: PlannedBeat[], names: ReadonlySet<string>): PlannedBeat[] {
  const said: string[] = [];
  return body.map((beat, b) => {
    const lines = beat.lines.filter((line, i) => {
      const repeat = said.some((s) => repeats(line.text, s, names) >= 0.75);
      if (repeat && !(b === 0 && i === 0)) return false;
      said.push(line.text);
      return true;
    });
    return { ...beat, lines: lines.length > 0 ? lines : beat.lines.slice(0, 1) };
  });
}
