import { cleanText } from './clean-text.ts';
import { objectsOf, textOf } from './json-ld.ts';
import type { JsonLdNode } from './json-ld.ts';

/** A PostalAddress (or a plain string) as one line: street, locality, region, postcode, country. */
export function formatAddress(value: unknown): string | undefined {
  if (typeof value === 'string') return cleanText(value, 300) || undefined;
  const address = objectsOf(value)[0];
  if (!address) return undefined;
  const parts = ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry']
    .map((key) => textOf(address[key])?.trim())
    .filter((part): part is string => Boolean(part));
  return parts.length > 0 ? cleanText(parts.join(', '), 300) : undefined;
}

const dayNames = /(?:https?:\/\/schema\.org\/)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|PublicHolidays)/i;

/** `openingHours` as written (`Mo-Fr 07:00-18:00`), else `openingHoursSpecification` spelled out. */
export function formatOpeningHours(node: JsonLdNode): string | undefined {
  const plain = node.openingHours;
  const listed = (Array.isArray(plain) ? plain : [plain]).filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  if (listed.length > 0) return cleanText(listed.join('; '), 300);
  const specs = objectsOf(node.openingHoursSpecification).slice(0, 14);
  const lines = specs
    .map((spec) => {
      const days = (Array.isArray(spec.dayOfWeek) ? spec.dayOfWeek : [spec.dayOfWeek])
        .map((day) => (typeof day === 'string' ? dayNames.exec(day)?.[1] : undefined))
        .filter((day): day is string => Boolean(day));
      const opens = textOf(spec.opens);
      const closes = textOf(spec.closes);
      if (days.length === 0 || !opens || !closes) return undefined;
      return `${days.join(', ')} ${opens.slice(0, 5)}-${closes.slice(0, 5)}`;
    })
    .filter((line): line is string => Boolean(line));
  return lines.length > 0 ? cleanText(lines.join('; '), 300) : undefined;
}

/** A rating or count given as a number or a numeric string ("4.8", "1,204"). */
export function numberOf(value: unknown): number | undefined {
  const text = textOf(value)?.replace(/[,\s]/g, '');
  if (!text) return undefined;
  const number = Number(text);
  return Number.isFinite(number) && number >= 0 ? number : undefined;
}
