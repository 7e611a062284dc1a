import type { Brief } from '../../brief.ts';
import type { LocalSignals } from '../local-signals.ts';

export type CheckStatus = 'pass' | 'warn' | 'fail';

export interface LocalCheck {
  id: string;
  label: string;
  status: CheckStatus;
  reason: string;
  /** How much the check matters to local discovery (1–3). */
  weight: number;
  /** What to do when it is not a pass. */
  fix?: string;
}

export interface LocalAuditInput {
  brief: Brief;
  signals: LocalSignals;
}

export function statusValue(status: CheckStatus): number {
  return status === 'pass' ? 1 : status === 'warn' ? 0.5 : 0;
}

/** Compares two spellings of a name or address, ignoring case, punctuation and spacing. */
export function sameText(a: string, b: string): boolean {
  const norm = (t: string) => t.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '');
  return norm(a) === norm(b);
}

export function digitsOf(phone: string): string {
  return phone.replace(/\D/g, '');
}
