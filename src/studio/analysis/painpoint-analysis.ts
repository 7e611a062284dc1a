import type { Framework } from '../../contract/workflow-catalog.ts';
import type { Brief } from '../brief.ts';
import { briefSeed } from '../copy/brief-seed.ts';
import { gatherCopyFacts, type CopyFacts } from '../copy/copy-facts.ts';
import { outlineFramework } from '../copy/framework-outline.ts';
import type { PainKind } from '../copy/industry-profile.ts';
import type { PainSource } from '../copy/pain-discovery.ts';
import { anglesByKind, hooksForPain } from './pain-hooks.ts';

export interface PainPointEntry {
  rank: number;
  pain: string;
  kind: PainKind;
  angle: string;
  /** Relative weight of the evidence (stated outright > implied by claims > sector default). */
  score: number;
  sources: PainSource[];
  evidence: string[];
  hooks: string[];
  /** The pain told through the brief's framework, stage by stage. */
  frameworkLine: string;
}

export interface PainPointReport {
  kind: 'painpoint';
  brand: string;
  product: string;
  audience: string;
  framework: Framework;
  painPoints: PainPointEntry[];
  topHook: string;
}

const maxPainPoints = 5;

/** The audience's pain points, ranked by evidence, each turned into an angle, hooks and a framework line. */
export function analyzePainPoints(brief: Brief): PainPointReport {
  const facts = gatherCopyFacts(brief);
  const seed = briefSeed(brief);
  const painPoints = facts.pains.slice(0, maxPainPoints).map((pain, i): PainPointEntry => {
    const focused: CopyFacts = { ...facts, pains: [pain, ...facts.pains.filter((p) => p !== pain)] };
    const outline = outlineFramework(focused, brief.framework, seed);
    return {
      rank: i + 1,
      pain: pain.phrase,
      kind: pain.kind,
      angle: anglesByKind[pain.kind],
      score: Math.round(pain.score * 10) / 10,
      sources: pain.sources,
      evidence: pain.evidence.slice(0, 4),
      hooks: hooksForPain(pain.phrase, facts),
      frameworkLine: outline.map((step) => `${step.stage}: ${step.line}`).join(' → '),
    };
  });
  return {
    kind: 'painpoint',
    brand: facts.brand,
    product: facts.product,
    audience: facts.audience,
    framework: brief.framework,
    painPoints,
    topHook: painPoints[0]?.hooks[0] ?? `Meet ${facts.productRef}.`,
  };
}
