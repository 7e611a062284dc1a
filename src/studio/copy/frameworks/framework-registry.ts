import type { Framework } from '../../../contract/workflow-catalog.ts';
import { aida } from './aida.ts';
import { bant } from './bant.ts';
import { cialdini } from './cialdini.ts';
import { pas } from './pas.ts';
import { sb7 } from './sb7.ts';
import type { FrameworkSpec } from './stage-spec.ts';
import { uvp } from './uvp.ts';

export const frameworkSpecs: Record<Framework, FrameworkSpec> = { pas, aida, sb7, cialdini, uvp, bant };

/** Stage names per framework, body then closing: what a script in that framework must contain. */
export function frameworkStageNames(framework: Framework): string[] {
  const spec = frameworkSpecs[framework];
  return [...spec.stages.map((s) => s.name), spec.closingName];
}
