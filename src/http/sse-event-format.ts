import type { CinematicAdsError } from '../contract/errors.ts';
import type { WorkflowEvent } from '../contract/schemas/workflow-events.ts';

const encoder = new TextEncoder();

/** A comment line: ignored by every SSE parser, but it keeps proxies and idle sockets from closing. */
export const sseHeartbeat = encoder.encode(': keep-alive\n\n');

/**
 * One event broadcast to many streams is usually the same object for all of them (the service's
 * bus hands each listener the event it stored): it is serialised once, not once per connection.
 */
const framed = new WeakMap<WorkflowEvent, Uint8Array>();

/** `id:`, `event:` and one `data:` line of JSON (which never contains a raw newline), as bytes. */
export function formatSseEvent(event: WorkflowEvent): Uint8Array {
  let bytes = framed.get(event);
  if (!bytes) {
    // An id with a line break would split the frame; the service never makes one, but never trust it.
    const id = event.id.replace(/[\r\n]/g, '');
    bytes = encoder.encode(`id: ${id}\nevent: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`);
    framed.set(event, bytes);
  }
  return bytes;
}

/** A failure after the stream has started can only be told inside it: an `error` event with the envelope. */
export function formatSseError(error: CinematicAdsError): Uint8Array {
  return encoder.encode(`event: error\ndata: ${JSON.stringify(error.toWire())}\n\n`);
}
