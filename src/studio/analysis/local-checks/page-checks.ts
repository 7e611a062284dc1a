import type { LocalAuditInput, LocalCheck } from './local-check.ts';

export function checkHttps({ brief, signals }: LocalAuditInput): LocalCheck {
  const base = { id: 'https', label: 'HTTPS', weight: 2 };
  const secure = signals.flag('https') ?? (brief.url ? brief.url.startsWith('https://') : undefined);
  if (secure === undefined) return { ...base, status: 'warn', reason: 'not measured: no URL or https signal', fix: 'Serve the site over HTTPS and redirect http:// to it.' };
  return secure ? { ...base, status: 'pass', reason: 'served over HTTPS' } : { ...base, status: 'fail', reason: 'served over plain HTTP; browsers mark it "Not secure"', fix: 'Install a TLS certificate (free from Let’s Encrypt) and redirect http:// to https://.' };
}

/** Title tags show in search results: 30–60 characters, ideally naming the city. */
export function checkTitle({ brief, signals }: LocalAuditInput): LocalCheck {
  const base = { id: 'title', label: 'Page title', weight: 2 };
  const title = brief.source?.title?.trim();
  if (!title) return { ...base, status: 'fail', reason: 'no page title', fix: 'Write a 30–60 character title: service + city + brand.' };
  const city = cityOf(signals.text('address'));
  const length = title.length;
  if (length < 15 || length > 70) return { ...base, status: 'fail', reason: `title is ${length} characters (aim for 30–60)`, fix: 'Rewrite the title to 30–60 characters: service + city + brand.' };
  if (length < 30 || length > 60) return { ...base, status: 'warn', reason: `title is ${length} characters (aim for 30–60)`, fix: 'Adjust the title to 30–60 characters so it is not cut off in results.' };
  if (city && !title.toLowerCase().includes(city.toLowerCase())) return { ...base, status: 'warn', reason: `title does not name the city (${city})`, fix: `Add "${city}" to the title so local searches match it.` };
  return { ...base, status: 'pass', reason: `title is ${length} characters${city ? ` and names ${city}` : ''}` };
}

export function checkDescription({ brief }: LocalAuditInput): LocalCheck {
  const base = { id: 'description', label: 'Meta description', weight: 1 };
  const length = brief.source?.description?.trim().length ?? 0;
  if (length === 0) return { ...base, status: 'fail', reason: 'no meta description', fix: 'Write a 70–160 character description with the service, the area and a reason to call.' };
  if (length < 70 || length > 160) return { ...base, status: length < 40 || length > 200 ? 'fail' : 'warn', reason: `description is ${length} characters (aim for 70–160)`, fix: 'Rewrite the description to 70–160 characters.' };
  return { ...base, status: 'pass', reason: `description is ${length} characters` };
}

/** A visitor must be one tap from calling or booking. */
export function checkContact({ brief, signals }: LocalAuditInput): LocalCheck {
  const base = { id: 'contact', label: 'Contact and call to action', weight: 3 };
  const form = signals.flag('hasContactForm') === true;
  const call = signals.flag('hasClickToCall') === true;
  const pageText = [...(brief.source?.headings ?? []), ...(brief.source?.claims ?? []), brief.source?.description ?? ''].join(' ');
  const ask = /\b(book|call|contact|reserve|order|get a (quote|free)|schedule|visit us)\b/i.test(pageText);
  const found = [form && 'contact form', call && 'tap-to-call link', ask && 'a call to action in the copy'].filter(Boolean);
  if (found.length >= 2) return { ...base, status: 'pass', reason: `found ${found.join(', ')}` };
  if (found.length === 1) return { ...base, status: 'warn', reason: `only ${found[0]}`, fix: 'Add a tap-to-call button and a short booking form above the fold.' };
  return { ...base, status: 'fail', reason: 'no contact form, tap-to-call link or call to action', fix: 'Put "Call now" (tel: link) and "Book online" buttons at the top of every page.' };
}

export function checkMap({ signals }: LocalAuditInput): LocalCheck {
  const base = { id: 'map', label: 'Map', weight: 1 };
  return signals.flag('hasMap') === true
    ? { ...base, status: 'pass', reason: 'a map or maps link is on the page' }
    : { ...base, status: 'fail', reason: 'no map or directions link', fix: 'Embed a map on the contact page and link "Get directions" to your map listing.' };
}

export function checkSchema({ signals }: LocalAuditInput): LocalCheck {
  const base = { id: 'schema', label: 'LocalBusiness structured data', weight: 2 };
  return signals.flag('hasLocalBusinessSchema') === true
    ? { ...base, status: 'pass', reason: 'schema.org LocalBusiness markup found' }
    : { ...base, status: 'fail', reason: 'no schema.org LocalBusiness markup', fix: 'Add LocalBusiness JSON-LD with name, address, telephone, openingHours, geo and url.' };
}

export function checkMobile({ signals }: LocalAuditInput): LocalCheck {
  const base = { id: 'mobile', label: 'Mobile-ready', weight: 1 };
  const viewport = signals.flag('hasViewport');
  if (viewport === undefined) return { ...base, status: 'warn', reason: 'not measured: no viewport signal', fix: 'Check the site on a phone: text readable without zooming, buttons easy to tap.' };
  return viewport
    ? { ...base, status: 'pass', reason: 'mobile viewport set' }
    : { ...base, status: 'fail', reason: 'no mobile viewport: the page renders as a shrunken desktop', fix: 'Add <meta name="viewport" content="width=device-width, initial-scale=1"> and a responsive layout.' };
}

/** The city from a one-line address: the last part that is not a postcode or country code. */
function cityOf(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const parts = address.split(',').map((p) => p.replace(/\b[\dA-Z]{2,}(?:[ -]\d\w*)?\b/g, '').trim()).filter((p) => /\p{L}{3,}/u.test(p));
  return parts.length > 1 ? parts[parts.length - 1] : undefined;
}
