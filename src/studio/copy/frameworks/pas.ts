import type { FrameworkSpec } from './stage-spec.ts';
import { agitateDraft, problemDraft, solutionDraft } from './stage-drafts.ts';

/**
 * PAS — Problem, Agitate, Solution: name the pain the viewer already feels, make it sting,
 * then present the product as the way out (with the brand's strongest fact as credential).
 */
export const pas: FrameworkSpec = {
  id: 'pas',
  label: 'Problem–Agitate–Solution',
  summary: 'Name a pain the audience feels, intensify it with its real cost, then present the product as the relief.',
  stages: [
    { name: 'Problem', role: 'problem', build: problemDraft },
    { name: 'Agitate', role: 'agitate', build: agitateDraft },
    { name: 'Solution', role: 'solution', build: solutionDraft },
  ],
  closingName: 'Call to action',
  expandable: ['Solution', 'Agitate'],
};
