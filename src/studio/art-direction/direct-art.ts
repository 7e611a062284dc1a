import type { Brief } from '../brief.ts';
import type { Script } from '../script.ts';
import { storyboard as storyboardSchema, type Storyboard, type StoryboardVariant } from '../storyboard.ts';
import { workflowCatalog } from '../../contract/workflow-catalog.ts';
import { briefSeed } from '../copy/brief-seed.ts';
import { gatherCopyFacts } from '../copy/copy-facts.ts';
import { parseDirectionNotes } from './direction-notes.ts';
import { applyDirectionNotes } from './notes-application.ts';
import { derivePalette } from './palette-derivation.ts';
import { choosePresenter } from './presenter-persona.ts';
import { chooseMusic, chooseVoice } from './soundtrack-choice.ts';
import { painPointVariant, staticAdVariant } from './still-storyboard.ts';
import { chooseTypography } from './typography-choice.ts';
import { videoScenes, type SceneContext } from './video-storyboard.ts';

export interface ArtDirectionOptions {
  /** A reviewer's plain-language notes (the review "revise" action). */
  notes?: string;
}

export interface ArtDirection {
  storyboard: Storyboard;
  /** Each note that changed the storyboard, with what it changed. */
  notesApplied: string[];
  /** Each note that did not, with why. */
  notesIgnored: string[];
}

/** The art-direction step: the storyboard a renderer draws and a reviewer may edit. */
export function directArt(brief: Brief, script: Script, options: ArtDirectionOptions = {}): Storyboard {
  return directArtWithNotes(brief, script, options).storyboard;
}

/** Art direction plus the account of which review notes were applied and which were not. */
export function directArtWithNotes(brief: Brief, script: Script, options: ArtDirectionOptions = {}): ArtDirection {
  const facts = gatherCopyFacts(brief);
  const seed = briefSeed(brief);
  const tier = workflowCatalog[brief.type].tiers[brief.quality];
  const presenter = choosePresenter(brief, facts.profile, seed);
  const ctx: SceneContext = { brief, facts, ...(presenter ? { presenter } : {}) };
  const variants: StoryboardVariant[] = script.variants.slice(0, 8).map((variant) => {
    if (brief.type === 'painpoint') return painPointVariant(ctx, variant);
    if (tier.durationSec <= 0) return staticAdVariant(ctx, variant, tier.scenes);
    return { variantId: variant.id, durationSec: tier.durationSec, scenes: videoScenes(ctx, variant, tier.scenes, tier.durationSec) };
  });
  const board = storyboardSchema.parse({
    formats: brief.formats,
    fps: 30,
    palette: derivePalette(brief, facts.profile.id, facts.tone),
    typography: chooseTypography(facts.tone, brief.type),
    ...(presenter ? { presenter } : {}),
    music: chooseMusic(brief, facts.tone, seed),
    voice: chooseVoice(brief),
    variants,
  });
  const notes = options.notes?.trim();
  if (!notes) return { storyboard: board, notesApplied: [], notesIgnored: [] };
  const revised = applyDirectionNotes(board, parseDirectionNotes(notes), brief.source?.images?.length ?? 0);
  return { storyboard: storyboardSchema.parse(revised.storyboard), notesApplied: revised.applied, notesIgnored: revised.ignored };
}
