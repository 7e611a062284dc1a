import type { CheerioAPI } from 'cheerio';

/** One schema.org object from a JSON-LD block (`@type` and its properties). */
export type JsonLdNode = Record<string, unknown>;

// Hostile pages get bounded work: a few blocks, each of bounded size, walked to a bounded depth.
const maxBlocks = 20;
const maxBlockChars = 256 * 1024;
const maxDepth = 8;
const maxNodes = 500;

/** Every typed object in the page's JSON-LD, nested ones included; malformed blocks are skipped. */
export function readJsonLd($: CheerioAPI): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  $('script[type="application/ld+json" i]')
    .slice(0, maxBlocks)
    .each((_, element) => {
      const text = $(element).text();
      if (text.length > maxBlockChars) return;
      try {
        collect(JSON.parse(text.replace(/^\s*<!--|-->\s*$/g, '')), nodes, 0);
      } catch {
        // Broken JSON-LD is common in the wild; the rest of the page still has facts.
      }
    });
  return nodes;
}

function collect(value: unknown, nodes: JsonLdNode[], depth: number): void {
  if (depth > maxDepth || nodes.length >= maxNodes || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, maxNodes)) collect(item, nodes, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  if (node['@type'] !== undefined) nodes.push(node);
  for (const [key, child] of Object.entries(node)) {
    if (key !== '@context') collect(child, nodes, depth + 1);
  }
}

/** `@type` names without their vocabulary prefix: `http://schema.org/Product` → `Product`. */
export function typeNames(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((item): item is string => typeof item === 'string').map((item) => item.replace(/^.*[/:#]/, ''));
}

export function nodesOfType(nodes: readonly JsonLdNode[], types: ReadonlySet<string>): JsonLdNode[] {
  return nodes.filter((node) => typeNames(node).some((name) => types.has(name)));
}

/** A property as a list of objects (JSON-LD allows one object or an array). */
export function objectsOf(value: unknown): JsonLdNode[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((item): item is JsonLdNode => item !== null && typeof item === 'object' && !Array.isArray(item));
}

/** A property as text: strings and numbers, or the `name` of an object. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (value && typeof value === 'object') return textOf((value as JsonLdNode).name);
  return undefined;
}
