import type { WorkflowType } from '../../contract/workflow-catalog.ts';
import type { StageRole } from '../copy/stage-role.ts';
import type { sceneLayouts, sceneMotions } from '../storyboard.ts';

export type SceneLayout = (typeof sceneLayouts)[number];
export type SceneMotion = (typeof sceneMotions)[number];
export type SlotRole = StageRole | 'hook';

export interface ShotFrame {
  layout: SceneLayout;
  motion: SceneMotion;
}

type RoleTable = Partial<Record<SlotRole, ShotFrame>>;

/** Concept films and brand films: full-bleed hero images that push and zoom. */
const filmTable: RoleTable = {
  hook: { layout: 'hero', motion: 'push' },
  problem: { layout: 'hero', motion: 'pan' },
  agitate: { layout: 'hero', motion: 'zoom' },
  proof: { layout: 'quote', motion: 'push' },
  authority: { layout: 'quote', motion: 'push' },
  plan: { layout: 'list', motion: 'slide' },
  offer: { layout: 'card', motion: 'zoom' },
  urgency: { layout: 'card', motion: 'push' },
};

/** Avatar: the presenter carries the cut; lists and offers cut away to graphics. */
const presenterTable: RoleTable = {
  proof: { layout: 'quote', motion: 'static' },
  plan: { layout: 'list', motion: 'slide' },
  offer: { layout: 'card', motion: 'zoom' },
};

/** Influencer: selfie video throughout, captions on the hook, the review as a quote. */
const selfieTable: RoleTable = {
  proof: { layout: 'quote', motion: 'static' },
  plan: { layout: 'list', motion: 'slide' },
  offer: { layout: 'card', motion: 'zoom' },
};

/** Product-page cuts (factory, clone, statics): the product itself, side by side, listed. */
const productTable: RoleTable = {
  hook: { layout: 'product', motion: 'zoom' },
  problem: { layout: 'split', motion: 'slide' },
  agitate: { layout: 'split', motion: 'slide' },
  solution: { layout: 'product', motion: 'zoom' },
  benefit: { layout: 'list', motion: 'slide' },
  proof: { layout: 'quote', motion: 'static' },
  authority: { layout: 'quote', motion: 'push' },
  plan: { layout: 'list', motion: 'slide' },
  offer: { layout: 'card', motion: 'zoom' },
  urgency: { layout: 'card', motion: 'push' },
  audience: { layout: 'split', motion: 'slide' },
  outcome: { layout: 'product', motion: 'push' },
};

/**
 * Layout and camera move for a scene, by workflow type and what the beat does. Product
 * layouts need a photo: without source images they become full-bleed heroes.
 */
export function frameFor(type: WorkflowType, role: SlotRole, index: number, hasImages: boolean): ShotFrame {
  const alternate = (a: SceneMotion, b: SceneMotion) => (index % 2 === 0 ? a : b);
  let frame: ShotFrame;
  switch (type) {
    case 'avatar':
      frame = presenterTable[role] ?? (role === 'solution' && hasImages ? { layout: 'product', motion: 'zoom' } : { layout: 'presenter', motion: alternate('push', 'static') });
      break;
    case 'influencer':
      frame = selfieTable[role] ?? (role === 'solution' && hasImages ? { layout: 'product', motion: 'zoom' } : { layout: 'selfie', motion: alternate('static', 'pan') });
      break;
    case 'cinematic':
    case 'brand':
      frame = filmTable[role] ?? (role === 'solution' && hasImages ? { layout: 'product', motion: 'zoom' } : { layout: 'hero', motion: alternate('push', 'zoom') });
      break;
    default:
      frame = productTable[role] ?? { layout: 'hero', motion: alternate('push', 'zoom') };
  }
  if (!hasImages && (frame.layout === 'product' || frame.layout === 'split')) return { layout: frame.layout === 'split' ? 'card' : 'hero', motion: frame.motion };
  return frame;
}

/** Layouts that show a source photo when the brief has some. */
export function showsPhoto(type: WorkflowType, layout: SceneLayout): boolean {
  if (layout === 'product' || layout === 'split') return true;
  return layout === 'hero' && (type === 'factory' || type === 'clone');
}
