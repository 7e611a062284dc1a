import { describe, expect, it } from 'vitest';
import { looksLikeMp4 } from '../../../src/service/exports/mp4-signature.ts';
import { peekStream } from '../../../src/service/exports/peeked-stream.ts';

function streamOf(...chunks: string[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(Buffer.from(chunk, 'latin1'));
      controller.close();
    },
  });
}

async function textOf(stream: ReadableStream<Uint8Array>): Promise<string> {
  return Buffer.from(await new Response(stream).arrayBuffer()).toString('latin1');
}

describe('looksLikeMp4', () => {
  it('wants ftyp at offset 4', () => {
    expect(looksLikeMp4(Buffer.from('\0\0\0\x20ftypisom', 'latin1'))).toBe(true);
    expect(looksLikeMp4(Buffer.from('<html><body>', 'latin1'))).toBe(false);
    expect(looksLikeMp4(Buffer.from('\0\0\0\x20fty', 'latin1'))).toBe(false);
  });
});

describe('peekStream', () => {
  it('reads the head across small chunks and hands the whole stream on unchanged', async () => {
    const peeked = await peekStream(streamOf('\0\0', '\0\x20ft', 'ypisom', '-rest'), 8);
    expect(Buffer.from(peeked.head).toString('latin1')).toBe('\0\0\0\x20ftyp');
    expect(await textOf(peeked.stream)).toBe('\0\0\0\x20ftypisom-rest');
  });

  it('gives a short head when the stream ends first', async () => {
    const peeked = await peekStream(streamOf('abc'), 8);
    expect(Buffer.from(peeked.head).toString('latin1')).toBe('abc');
    expect(await textOf(peeked.stream)).toBe('abc');
  });

  it('cancels the source when told to, or when the consumer cancels', async () => {
    let cancelled = 0;
    const source = () => new ReadableStream<Uint8Array>({ pull: (controller) => controller.enqueue(new Uint8Array(4)), cancel: () => void (cancelled += 1) });
    await (await peekStream(source(), 8)).cancel();
    await (await peekStream(source(), 8)).stream.cancel();
    expect(cancelled).toBe(2);
  });
});
