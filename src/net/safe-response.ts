import { Buffer } from 'node:buffer';
import { parseContentType } from './content-type.ts';

export interface SafeResponseInit {
  status: number;
  headers: Headers;
  finalUrl: string;
  redirects: string[];
  remoteAddress: string;
  body: ReadableStream<Uint8Array>;
  bytesRead: () => number;
}

/**
 * What safeFetch returns. The body is a size-limited, single-use stream; `text()` and `bytes()`
 * read it through the same limit, so a response can never grow past `maxBytes` in memory.
 */
export class SafeResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: Headers;
  /** The URL of the last hop, after redirects. */
  readonly finalUrl: string;
  /** Every URL redirected from, in order. */
  readonly redirects: readonly string[];
  /** The IP address the connection actually went to. */
  readonly remoteAddress: string;
  readonly body: ReadableStream<Uint8Array>;
  readonly #bytesRead: () => number;
  #used = false;

  constructor(init: SafeResponseInit) {
    this.status = init.status;
    this.ok = init.status >= 200 && init.status < 300;
    this.headers = init.headers;
    this.finalUrl = init.finalUrl;
    this.redirects = init.redirects;
    this.remoteAddress = init.remoteAddress;
    this.body = init.body;
    this.#bytesRead = init.bytesRead;
  }

  /** Bytes received from the server so far (after content decoding). */
  get bytesRead(): number {
    return this.#bytesRead();
  }

  /** Lower-case media type without parameters, e.g. `text/html`. */
  get mediaType(): string | undefined {
    return parseContentType(this.headers.get('content-type'))?.mediaType;
  }

  async bytes(): Promise<Uint8Array> {
    // A finished web stream is no longer locked, so remember our own reads.
    if (this.#used || this.body.locked) throw new TypeError(`The body of ${this.finalUrl} has already been read`);
    this.#used = true;
    const chunks: Uint8Array[] = [];
    for await (const chunk of this.body) chunks.push(chunk);
    return Buffer.concat(chunks);
  }

  /** Decodes by the Content-Type charset (UTF-8 when absent or unknown). */
  async text(): Promise<string> {
    const bytes = await this.bytes();
    return new TextDecoder(knownCharset(parseContentType(this.headers.get('content-type'))?.charset)).decode(bytes);
  }

  /** Releases the connection without reading the body. */
  async cancel(): Promise<void> {
    if (this.#used || this.body.locked) return;
    this.#used = true;
    await this.body.cancel();
  }
}

function knownCharset(charset: string | undefined): string {
  if (!charset) return 'utf-8';
  try {
    return new TextDecoder(charset).encoding;
  } catch {
    return 'utf-8';
  }
}
