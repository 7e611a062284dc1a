/** One frame of an event stream as `curl -N` shows it: its fields, or a comment line. */
export interface SseFrame {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
}

/** Splits raw event-stream text into frames the way a reader of curl's output would (blank line ends a frame). */
export function parseSseText(text: string): SseFrame[] {
  return text
    .split(/\r?\n\r?\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const frame: SseFrame = {};
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith(':')) frame.comment = line.slice(1).trim();
        const match = /^(id|event|data): ?(.*)$/.exec(line);
        if (match) frame[match[1] as 'id' | 'event' | 'data'] = match[2]!;
      }
      return frame;
    });
}

/** Reads a streaming response frame by frame, as they arrive. */
export async function* readSseFrames(res: Response): AsyncGenerator<SseFrame> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end + 2);
        buffer = buffer.slice(end + 2);
        yield* parseSseText(block);
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
