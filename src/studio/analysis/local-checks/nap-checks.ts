import { digitsOf, sameText, type LocalAuditInput, type LocalCheck } from './local-check.ts';

/** Name, address and phone ("NAP") must be present and spelled the same everywhere. */
export function checkName({ brief, signals }: LocalAuditInput): LocalCheck {
  const base = { id: 'nap-name', label: 'Business name', weight: 2 };
  const onPage = signals.text('name') ?? brief.source?.siteName;
  const inSchema = signals.text('schemaName');
  if (!onPage) return { ...base, status: 'fail', reason: 'no business name found on the page', fix: `Show "${brief.brand.name}" in the header and footer, exactly as on your map listing.` };
  if (inSchema && !sameText(onPage, inSchema)) return { ...base, status: 'warn', reason: `page says "${onPage}" but structured data says "${inSchema}"`, fix: 'Use one spelling of the name on the page, in schema.org markup and on every listing.' };
  if (!sameText(onPage, brief.brand.name) && !onPage.toLowerCase().includes(brief.brand.name.toLowerCase())) {
    return { ...base, status: 'warn', reason: `page name "${onPage}" differs from the brand profile "${brief.brand.name}"`, fix: 'Align the brand profile, the page and your listings on one name.' };
  }
  return { ...base, status: 'pass', reason: `"${onPage}" is shown${inSchema ? ' and matches the structured data' : ''}` };
}

export function checkAddress({ signals }: LocalAuditInput): LocalCheck {
  const base = { id: 'nap-address', label: 'Address', weight: 3 };
  const address = signals.text('address');
  const inSchema = signals.text('schemaAddress');
  if (!address) return { ...base, status: 'fail', reason: 'no street address on the page', fix: 'Add the full street address, with postcode and city, in the footer and on the contact page.' };
  if (!/\d/.test(address)) return { ...base, status: 'warn', reason: `"${address}" has no street number or postcode`, fix: 'Write the complete address: number, street, postcode, city.' };
  if (inSchema && !sameText(address, inSchema)) return { ...base, status: 'warn', reason: `page address "${address}" differs from structured data "${inSchema}"`, fix: 'Make the schema.org address identical to the one shown on the page.' };
  return { ...base, status: 'pass', reason: `address shown: "${address}"` };
}

export function checkPhone({ signals }: LocalAuditInput): LocalCheck {
  const base = { id: 'nap-phone', label: 'Phone', weight: 2 };
  const phone = signals.text('phone');
  const inSchema = signals.text('schemaPhone');
  if (!phone) return { ...base, status: 'fail', reason: 'no phone number on the page', fix: 'Show a local phone number in the header, as a tap-to-call link.' };
  const digits = digitsOf(phone);
  if (digits.length < 7 || digits.length > 15) return { ...base, status: 'warn', reason: `"${phone}" does not look like a complete phone number`, fix: 'Show the full number, with area or country code.' };
  if (inSchema && !digitsOf(inSchema).endsWith(digits.slice(-7))) return { ...base, status: 'warn', reason: `page phone "${phone}" differs from structured data "${inSchema}"`, fix: 'Use the same number on the page, in schema.org markup and on listings.' };
  return { ...base, status: 'pass', reason: `phone shown: "${phone}"` };
}
