import { CinematicAdsError } from '../../contract/errors.ts';

/** A client's Last-Event-ID as an event number; ids this server sends are whole numbers. */
export function parseLastEventId(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  if (!/^\d{1,15}$/.test(text)) {
    throw new CinematicAdsError('invalid_request', `Last-Event-ID must be the id of an event of this stream, a whole number such as "12", not "${text.slice(0, 40)}"`);
  }
  return Number(text);
}
