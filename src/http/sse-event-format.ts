import type { CinematicAdsError } from '../contract/errors.ts';
import type { WorkflowEvent } from '../contract/schemas/workflow-events.ts';

/** A comment line: ignored by every SSE parser, but it keeps proxies and idle sockets from closing. */
export const sseHeartbeat = ': keep-alive\n\n';

/** `id:`, `event:` and one `data:` line of JSON (which never contains a raw newline). */
export function formatSseEvent(event: WorkflowEvent): string {
  // An id with a line break would split the frame; the service never makes one, but never trust it.
  const id = event.id.replace(/[\r\n]/g, '');
  return `id: ${id}\nevent: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

/** A failure after the stream has started can only be told inside it: an `error` event with the envelope. */
export function formatSseError(error: CinematicAdsError): string {
  return `event: error\ndata: ${JSON.stringify(error.toWire())}\n\n`;
}
