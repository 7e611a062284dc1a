import type { Scene } from '../../storyboard.ts';
import { prepareCardScene } from './paint-card.ts';
import { prepareEndcardScene } from './paint-endcard.ts';
import { prepareHeroScene } from './paint-hero.ts';
import { prepareListScene } from './paint-list.ts';
import { preparePresenterScene } from './paint-presenter.ts';
import { prepareProductScene } from './paint-product.ts';
import { prepareQuoteScene } from './paint-quote.ts';
import { prepareSelfieScene } from './paint-selfie.ts';
import { prepareSplitScene } from './paint-split.ts';
import type { ScenePainter } from './scene-setup.ts';

/** One painter per storyboard layout. */
export const scenePainters: Record<Scene['layout'], ScenePainter> = {
  hero: prepareHeroScene,
  split: prepareSplitScene,
  card: prepareCardScene,
  product: prepareProductScene,
  presenter: preparePresenterScene,
  selfie: prepareSelfieScene,
  quote: prepareQuoteScene,
  list: prepareListScene,
  endcard: prepareEndcardScene,
};
