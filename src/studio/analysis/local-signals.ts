import type { SourceFacts } from '../brief.ts';

/**
 * The `source.signals` keys the local audit reads — the contract for the page scraper that
 * fills them. Strings are as shown on the page; numbers may also arrive as numeric strings;
 * booleans may arrive as "true"/"yes"/1.
 */
export const localSignalKeys = {
  name: 'Business name as shown on the page (string)',
  address: 'Street address as shown on the page (string)',
  phone: 'Phone number as shown on the page (string)',
  hours: 'Opening hours text, e.g. "Mo-Fr 09:00-18:00" (string)',
  rating: 'Average review rating out of 5 (number)',
  reviewCount: 'Number of reviews (number)',
  https: 'Page served over HTTPS (boolean; else read from the URL)',
  hasLocalBusinessSchema: 'schema.org LocalBusiness (or a subtype) JSON-LD present (boolean)',
  schemaName: 'name in the LocalBusiness JSON-LD (string)',
  schemaAddress: 'address in the LocalBusiness JSON-LD, flattened to one line (string)',
  schemaPhone: 'telephone in the LocalBusiness JSON-LD (string)',
  hasMap: 'An embedded map or a link to a maps service (boolean)',
  hasContactForm: 'A contact or booking form (boolean)',
  hasClickToCall: 'A tel: link (boolean)',
  hasViewport: 'A mobile viewport meta tag (boolean)',
} as const;
export type LocalSignalKey = keyof typeof localSignalKeys;

type Signals = NonNullable<SourceFacts['signals']>;

/** Typed, forgiving reads of scraped signals. */
export class LocalSignals {
  constructor(private readonly signals: Signals = {}) {}

  text(key: LocalSignalKey): string | undefined {
    const value = this.signals[key];
    if (value === undefined || value === null) return undefined;
    const text = String(value).trim();
    return text.length > 0 ? text : undefined;
  }

  number(key: LocalSignalKey): number | undefined {
    const value = this.signals[key];
    const n = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseFloat(value.replace(',', '.')) : NaN;
    return Number.isFinite(n) ? n : undefined;
  }

  flag(key: LocalSignalKey): boolean | undefined {
    const value = this.signals[key];
    if (typeof value === 'boolean') return value;
    if (typeof value === 'number') return value !== 0;
    if (typeof value === 'string') return /^(true|yes|1|on)$/i.test(value.trim()) ? true : /^(false|no|0|off)$/i.test(value.trim()) ? false : undefined;
    return undefined;
  }

  /** Which documented keys the page actually supplied. */
  present(): LocalSignalKey[] {
    return (Object.keys(localSignalKeys) as LocalSignalKey[]).filter((key) => this.signals[key] !== undefined);
  }
}
