import { z } from 'zod';

/** A calendar day as the seed writes it (`YYYY-MM-DD`); impossible days such as 2025-02-30 are refused. */
export const calendarDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD, e.g. "2025-01-31"' });

/** An instant, ISO-8601 in UTC (`2025-01-31T09:30:00Z`). */
export const timestamp = z.iso.datetime({ error: 'must be an ISO-8601 UTC timestamp, e.g. "2025-01-31T09:30:00Z"' });
