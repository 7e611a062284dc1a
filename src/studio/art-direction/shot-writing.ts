import type { SceneLayout, SceneMotion, SlotRole } from './scene-layout.ts';
import type { CopyFacts } from '../copy/copy-facts.ts';
import type { PresenterPersona } from './presenter-persona.ts';
import { clampChars } from '../copy/line-fitting.ts';

export interface ShotBrief {
  layout: SceneLayout;
  motion: SceneMotion;
  role: SlotRole;
  facts: CopyFacts;
  imagery: string;
  onScreen: string;
  presenter?: PresenterPersona;
  imageIndex?: number;
  headline?: string;
  cta?: string;
}

/** Camera moves in words; notes that change a move rewrite these words in the shot. */
export const cameraWords: Record<SceneMotion, string> = {
  push: 'slow push-in',
  zoom: 'gentle zoom',
  slide: 'elements slide in',
  pan: 'lateral pan',
  static: 'locked-off frame',
};

/** The shot in words, for a reviewer to picture and a generator to render. */
export function describeShot(shot: ShotBrief): string {
  const f = shot.facts;
  const photo = shot.imageIndex !== undefined ? ` (source image ${shot.imageIndex + 1})` : '';
  const camera = cameraWords[shot.motion];
  const text = (() => {
    switch (shot.layout) {
      case 'presenter':
        return `${shot.presenter?.name ?? 'The presenter'}, ${shot.presenter?.role ?? 'presenter'}, speaks to camera in a clean set, medium close-up, ${camera}`;
      case 'selfie':
        return `Handheld selfie: ${shot.presenter?.name ?? 'the creator'} talks into the phone camera at home, natural light, ${camera}; caption “${shot.onScreen}”`;
      case 'product':
        return `${f.product}${photo} as the hero of the frame, ${shot.imagery}, ${camera}`;
      case 'split':
        return `Split screen${photo}: ${shot.role === 'problem' || shot.role === 'agitate' ? `the everyday frustration on one side, ${f.product} on the other` : `${f.product} beside what it changes`}, ${camera}`;
      case 'list':
        return `Clean checklist card, points ticking on one by one over ${shot.imagery}, ${camera}`;
      case 'quote':
        return `Pull-quote on a textured card: “${shot.onScreen}”, ${camera}`;
      case 'card':
        return `Bold ${shot.role === 'offer' ? 'offer' : 'message'} card${photo} reading “${shot.onScreen}”, ${camera}`;
      case 'endcard':
        return `End card: headline “${shot.headline ?? shot.onScreen}”, button “${shot.cta ?? ''}”, ${f.brand} logotype, ${camera}`;
      default:
        return `Cinematic wide shot${photo}: ${shot.imagery}, ${f.kind} in frame, ${camera}`;
    }
  })();
  return clampChars(text, 300);
}
