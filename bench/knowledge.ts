/**
 * Knowledge base benchmark: `npx tsx bench/knowledge.ts`. Generates its own documents, then:
 *   - ingests a 10 MB PDF (a brochure: pages of text with photos, as real 10 MB PDFs are) and a
 *     5 MB XLSX (a product catalogue), each timed from upload to "indexed" — target ≤ 5 s each;
 *   - searches an account of 5,000 passages with 300 queries — target p50 ≤ 5 ms.
 * Everything runs in this process through the knowledge base the service uses (background ingest,
 * store, search cache), on the memory store, or the SQLite store with BENCH_STORE=sqlite.
 * Figures are printed, never asserted.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { createSafeFetch } from '../src/net/safe-fetch.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../src/service/knowledge/knowledge-base.ts';
import type { KeyValueStore } from '../src/store/key-value-store.ts';
import { memoryKeyValueStore } from '../src/store/memory-key-value-store.ts';
import { sqliteKeyValueStore } from '../src/store/sqlite-key-value-store.ts';
import { type Measured, measure } from './resource-meter.ts';

const MB = 1024 * 1024;
const ingestTargetMs = 5_000;
const searchTargetP50Ms = 5;

/** A deterministic generator, so every run ingests the same documents. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

const random = seededRandom(42);
const common = `quality design material comfort price delivery warranty colour size weight fabric cotton linen wool leather steel oak ceramic
glass recycled organic handmade local workshop team customer order return refund shipping store collection season summer winter
spring autumn gift bundle subscription discount member loyalty review rating award certified tested durable light waterproof`.split(/\s+/);
const syllables = ['ka', 'lo', 'mi', 'ne', 'ro', 'ta', 'vi', 'su', 'pe', 'do', 'ra', 'li', 'mo', 'sa', 'te', 'ku', 'zo', 'an', 'el', 'or'];
/** 5,000 made-up names (products, places, people) after the everyday catalogue words. */
const names = Array.from({ length: 5_000 }, (_, i) => {
  let name = '';
  for (let k = 0, x = i * 7919 + 17; k < 2 + (i % 3); k += 1, x = Math.floor(x / syllables.length) + 31 * k) name += syllables[x % syllables.length];
  return name.charAt(0).toUpperCase() + name.slice(1);
});
const vocabulary = [...common, ...names];
/**
 * Words drawn as in real text once stopwords are gone: Zipf's law (frequency ∝ 1/(rank + 50)), so
 * the commonest word is ~0.4% of words and appears in about a third of passages, and most words are rare.
 */
const word = () => {
  const rank = 51 * ((vocabulary.length + 50) / 51) ** random() - 50;
  return vocabulary[Math.min(vocabulary.length - 1, Math.floor(rank) - 1)]!;
};

function sentence(words = 8 + Math.floor(random() * 10)): string {
  const parts = Array.from({ length: words }, word);
  if (random() < 0.3) parts.splice(2, 0, String(Math.floor(random() * 500)));
  const text = parts.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A PNG of random pixels: incompressible, like a photo. */
function noisePng(size: number): Uint8Array {
  const raw = Buffer.alloc((size * 3 + 1) * size);
  for (let i = 0; i < raw.length; i += 1) raw[i] = i % (size * 3 + 1) === 0 ? 0 : Math.floor(random() * 256);
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8);
  header.writeUInt8(2, 9);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 1 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Pages of text (45 lines each) with a photo on every fourth page, until the file reaches `targetBytes`. */
async function brochurePdf(targetBytes: number): Promise<{ bytes: Uint8Array; pages: number; textChars: number }> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const photos = await Promise.all(Array.from({ length: 8 }, () => doc.embedPng(noisePng(300))));
  let textChars = 0;
  const pages = 240;
  for (let number = 0; number < pages; number += 1) {
    const page = doc.addPage([612, 792]);
    const lines = number % 4 === 0 ? 20 : 45;
    if (number % 4 === 0) page.drawImage(photos[(number / 4) % photos.length]!, { x: 50, y: 380, width: 300, height: 300 });
    for (let line = 0; line < lines; line += 1) {
      const text = sentence(10 + Math.floor(random() * 6));
      textChars += text.length;
      page.drawText(text.slice(0, 110), { x: 50, y: (number % 4 === 0 ? 340 : 740) - line * 15, size: 9, font });
    }
  }
  // Each distinct photo is stored once: more photos until the size is reached, attached to the last pages.
  let bytes = await doc.save();
  while (bytes.byteLength < targetBytes) {
    const photo = await doc.embedPng(noisePng(300));
    doc.getPage(Math.floor(random() * pages)).drawImage(photo, { x: 400, y: 40, width: 120, height: 120 });
    if (random() < 0.2 || targetBytes - bytes.byteLength < 2 * MB) bytes = await doc.save();
    else bytes = new Uint8Array(bytes.byteLength + 275_000);
  }
  bytes = await doc.save();
  return { bytes, pages, textChars };
}

/** A product catalogue: SKU, name, category, price, stock and a description per row, until the file reaches `targetBytes`. */
async function catalogueXlsx(targetBytes: number): Promise<{ bytes: Uint8Array; rows: number }> {
  const build = async (rows: number) => {
    const rowRandom = seededRandom(7);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Catalogue');
    sheet.addRow(['SKU', 'Product', 'Category', 'Price', 'Stock', 'Description']);
    for (let i = 0; i < rows; i += 1) {
      const name = `${names[Math.floor(rowRandom() * names.length)]} ${common[Math.floor(rowRandom() * common.length)]}`;
      sheet.addRow([`SKU-${100000 + i}`, name, common[i % 12], Math.round(rowRandom() * 20000) / 100, Math.floor(rowRandom() * 900), sentence(9)]);
    }
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  };
  const sampleRows = 10_000;
  const sample = await build(sampleRows);
  const rows = Math.round((sampleRows * targetBytes) / sample.byteLength);
  return { bytes: await build(rows), rows };
}

/** Texts whose paragraphs each become one passage (~700 characters), `count` in all. */
function passageTexts(count: number, perFile: number): string[] {
  const files: string[] = [];
  for (let made = 0; made < count; made += perFile) {
    const paragraphs: string[] = [];
    for (let i = 0; i < Math.min(perFile, count - made); i += 1) {
      let paragraph = '';
      while (paragraph.length < 650) paragraph += `${sentence()} `;
      paragraphs.push(paragraph.trim());
    }
    files.push(paragraphs.join('\n\n'));
  }
  return files;
}

/**
 * Upload to "indexed" (read, chunked, stored: what the status reports), and to searchable (the
 * first search answered, once this process's in-memory index has taken the passages).
 */
async function timeIngest(kb: KnowledgeBase, accountId: string, file: File): Promise<{ ms: number; searchableMs: number; passages: number; status: string; error?: string }> {
  const started = performance.now();
  let source = await kb.addFile(accountId, file);
  while (source.status === 'pending') {
    await new Promise((resolve) => setTimeout(resolve, 10));
    source = (await kb.list(accountId)).find((entry) => entry.id === source.id)!;
  }
  const ms = performance.now() - started;
  await kb.search(accountId, 'price', 1);
  return { ms, searchableMs: performance.now() - started, passages: source.passages, status: source.status, ...(source.error ? { error: source.error } : {}) };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'cinematicads-bench-knowledge-'));
  const store: KeyValueStore = process.env.BENCH_STORE === 'sqlite' ? sqliteKeyValueStore(join(dir, 'store.sqlite')) : memoryKeyValueStore();
  const kb = createKnowledgeBase({ store, safeFetch: createSafeFetch({}), now: () => new Date(), logError: (message, cause) => console.error(message, cause), settings: { answerWaitMs: 0 } });
  try {
    console.log(`store: ${process.env.BENCH_STORE === 'sqlite' ? 'SQLite' : 'memory'}; generating documents…`);
    const pdf = await brochurePdf(10 * MB);
    const xlsx = await catalogueXlsx(5 * MB);
    console.log(`PDF  ${(pdf.bytes.byteLength / MB).toFixed(1)} MB: ${pdf.pages} pages, ${(pdf.textChars / 1000).toFixed(0)}k characters of text, photos`);
    console.log(`XLSX ${(xlsx.bytes.byteLength / MB).toFixed(1)} MB: ${xlsx.rows.toLocaleString('en')} rows × 6 columns`);

    const report = (label: string, { before, measured }: { before: number; measured: Measured<Awaited<ReturnType<typeof timeIngest>>> }) => {
      const run = measured.result;
      console.log(
        `ingest ${label}: indexed in ${run.ms.toFixed(0)} ms (${run.status}, ${run.passages.toLocaleString('en')} passages${run.error ? `: ${run.error}` : ''}), ` +
          `searchable in ${run.searchableMs.toFixed(0)} ms; peak RSS ${measured.nodePeakMb.toFixed(0)} MB (RSS before: ${before.toFixed(0)} MB), other processes used ${measured.otherCpuSec.toFixed(1)} CPU-s meanwhile` +
          `   target ≤ ${ingestTargetMs} ms to indexed: ${verdict(run.status === 'indexed' && run.ms <= ingestTargetMs)}`,
      );
      return run;
    };
    const metered = async (accountId: string, file: File) => ({ before: process.memoryUsage().rss / MB, measured: await measure(() => timeIngest(kb, accountId, file)) });
    const pdfRun = report('PDF ', await metered('bench-pdf', new File([pdf.bytes], 'brochure.pdf')));
    const xlsxRun = report('XLSX', await metered('bench-xlsx', new File([xlsx.bytes], 'catalogue.xlsx')));

    const texts = passageTexts(5_000, 1_000);
    for (const [index, text] of texts.entries()) await timeIngest(kb, 'bench-search', new File([text], `part-${index}.txt`));
    const passages = (await kb.list('bench-search')).reduce((sum, source) => sum + source.passages, 0);
    const firstStarted = performance.now();
    await kb.search('bench-search', 'warm up', 5);
    const firstMs = performance.now() - firstStarted;
    const queries = Array.from({ length: 300 }, () => Array.from({ length: 1 + Math.floor(random() * 3) }, word).join(' '));
    const times: number[] = [];
    let hits = 0;
    for (const query of queries) {
      const started = performance.now();
      hits += (await kb.search('bench-search', query, 5)).length;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const p50 = percentile(times, 50);
    console.log(`search over ${passages.toLocaleString('en')} passages: first (builds the index) ${firstMs.toFixed(0)} ms; then p50 ${p50.toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms (${queries.length} queries, ${(hits / queries.length).toFixed(1)} results each)   target p50 ≤ ${searchTargetP50Ms} ms: ${verdict(p50 <= searchTargetP50Ms)}`);
    console.log(`ratio: PDF ${(pdfRun.ms / ingestTargetMs).toFixed(2)}× of target, XLSX ${(xlsxRun.ms / ingestTargetMs).toFixed(2)}× of target, search p50 ${(p50 / searchTargetP50Ms).toFixed(2)}× of target (≤ 1 meets it)`);
  } finally {
    await kb.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
