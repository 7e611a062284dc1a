import type { Brief } from '../brief.ts';
import { statusValue, type LocalAuditInput, type LocalCheck } from './local-checks/local-check.ts';
import { checkHours, checkReviews } from './local-checks/listing-checks.ts';
import { checkAddress, checkName, checkPhone } from './local-checks/nap-checks.ts';
import { checkContact, checkDescription, checkHttps, checkMap, checkMobile, checkSchema, checkTitle } from './local-checks/page-checks.ts';
import { LocalSignals, type LocalSignalKey } from './local-signals.ts';

export interface LocalFix {
  priority: number;
  check: string;
  impact: 'high' | 'medium' | 'low';
  fix: string;
}

export interface LocalAudit {
  kind: 'local-audit';
  business: string;
  url?: string;
  /** Weighted share of checks passed (a warning counts half), 0–100. */
  score: number;
  grade: 'A' | 'B' | 'C' | 'D' | 'F';
  checks: LocalCheck[];
  fixes: LocalFix[];
  /** The documented signal keys the page supplied. */
  signalsRead: LocalSignalKey[];
}

const checks = [checkName, checkAddress, checkPhone, checkHours, checkReviews, checkHttps, checkTitle, checkDescription, checkContact, checkMap, checkSchema, checkMobile];

/** Audits a local business's web presence from the scraped page facts and signals. */
export function auditLocalPresence(brief: Brief): LocalAudit {
  const signals = new LocalSignals(brief.source?.signals);
  const input: LocalAuditInput = { brief, signals };
  const results = checks.map((check) => check(input));
  const totalWeight = results.reduce((sum, c) => sum + c.weight, 0);
  const score = Math.round((100 * results.reduce((sum, c) => sum + c.weight * statusValue(c.status), 0)) / totalWeight);
  const fixes = results
    .filter((c) => c.status !== 'pass' && c.fix)
    .map((c) => ({ check: c, lost: c.weight * (1 - statusValue(c.status)) }))
    .sort((a, b) => b.lost - a.lost)
    .map(({ check, lost }, i): LocalFix => ({ priority: i + 1, check: check.label, impact: lost >= 2 ? 'high' : lost >= 1 ? 'medium' : 'low', fix: check.fix ?? '' }));
  return {
    kind: 'local-audit',
    business: signals.text('name') ?? brief.brand.name,
    ...(brief.url ? { url: brief.url } : {}),
    score,
    grade: score >= 85 ? 'A' : score >= 70 ? 'B' : score >= 55 ? 'C' : score >= 40 ? 'D' : 'F',
    checks: results,
    fixes,
    signalsRead: signals.present(),
  };
}
