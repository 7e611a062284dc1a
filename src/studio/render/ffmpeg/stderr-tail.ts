/**
 * Keeps only the last lines a child process wrote to stderr. ffmpeg can print megabytes over a
 * long encode; the failure message needs just the end, so memory stays bounded.
 */
export interface StderrTail {
  push(chunk: Buffer | string): void;
  lines(): string[];
}

export function stderrTail(maxLines = 30, maxLineLength = 400): StderrTail {
  const kept: string[] = [];
  let partial = '';

  const keep = (line: string) => {
    const trimmed = line.trimEnd();
    if (trimmed === '') return;
    kept.push(trimmed.length > maxLineLength ? `${trimmed.slice(0, maxLineLength)}…` : trimmed);
    if (kept.length > maxLines) kept.shift();
  };

  return {
    push(chunk) {
      // ffmpeg rewrites its progress line with \r: treat it as a line break too.
      const parts = (partial + chunk.toString()).split(/\r\n|\r|\n/);
      partial = (parts.pop() ?? '').slice(-maxLineLength);
      for (const line of parts) keep(line);
    },
    lines() {
      return partial.trim() === '' ? [...kept] : [...kept, partial.trimEnd()].slice(-maxLines);
    },
  };
}
