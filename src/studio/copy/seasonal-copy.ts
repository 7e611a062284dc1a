import type { Season } from '../../contract/workflow-catalog.ts';
import type { Picker } from './brief-seed.ts';

/** The facts a seasonal line needs. */
export interface SeasonalFacts {
  brand: string;
  product: string;
  outcome: string;
  /** Food and drink sell around the iftar table; other sectors around giving. */
  isFood: boolean;
}

export interface SeasonalCopy {
  season: Season;
  greeting: string;
  hook(f: SeasonalFacts, pick: Picker): { line: string; short: string };
  /** A line about the season's themes, woven into the body of the script, with its caption. */
  theme(f: SeasonalFacts, pick: Picker): { line: string; short: string };
  headline(f: SeasonalFacts): string;
  cta(f: SeasonalFacts): string;
  closing(f: SeasonalFacts): string;
}

/**
 * Ramadan and Eid copy: greetings and the season's themes (generosity, family, iftar,
 * reflection; celebration, gifts, visits), written to sit respectfully beside the product.
 * The theme line takes the place of agitation: a greeting is not followed by twisting a pain.
 */
export const seasonalCopy: Record<Season, SeasonalCopy> = {
  ramadan: {
    season: 'ramadan',
    greeting: 'Ramadan Kareem',
    hook: (f, pick) =>
      pick(
        [
          { line: `Ramadan Kareem. This month is for generosity, family and ${f.outcome}.`, short: 'Ramadan Kareem' },
          f.isFood
            ? { line: `This Ramadan, bring ${f.product} to the iftar table.`, short: 'Made for iftar' }
            : { line: `This Ramadan, give the people you love ${f.outcome}.`, short: 'A Ramadan gift' },
        ],
        'ramadan-hook',
      ),
    theme: (f, pick) =>
      pick(
        f.isFood
          ? [
              { line: 'Made for sharing at iftar, with the people who matter most.', short: 'Made for sharing at iftar' },
              { line: 'Break the fast together, around a table full of flavour.', short: 'Break the fast together' },
            ]
          : [
              { line: 'A gift of generosity, for the nights that bring us together.', short: 'A gift of generosity' },
              { line: 'For quiet moments of reflection, and the gatherings after sunset.', short: 'Quiet moments of reflection' },
            ],
        'ramadan-theme',
      ),
    headline: (f) => `Ramadan Kareem from ${f.brand}`,
    cta: (f) => (f.isFood ? 'Order for iftar' : 'Gift it this Ramadan'),
    closing: (f) => `Ramadan Kareem from ${f.brand}.`,
  },
  eid: {
    season: 'eid',
    greeting: 'Eid Mubarak',
    hook: (f, pick) =>
      pick(
        [
          { line: `Eid Mubarak! Celebrate with ${f.product}.`, short: 'Eid Mubarak' },
          { line: `This Eid, give the gift of ${f.outcome}.`, short: 'The Eid gift' },
        ],
        'eid-hook',
      ),
    theme: (f, pick) =>
      pick(
        f.isFood
          ? [
              { line: 'For the Eid table, the family visits and every sweet moment in between.', short: 'For the Eid table' },
              { line: 'Made for the Eid feast, shared with everyone you love.', short: 'Made for the Eid feast' },
            ]
          : [
              { line: 'The perfect gift for family, friends and every Eid visit.', short: 'The perfect Eid gift' },
              { line: 'For the family visits and every celebration in between.', short: 'For every Eid visit' },
            ],
        'eid-theme',
      ),
    headline: (f) => `Eid Mubarak from ${f.brand}`,
    cta: () => 'Gift it this Eid',
    closing: (f) => `Eid Mubarak from ${f.brand}.`,
  },
};
