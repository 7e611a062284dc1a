import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePromptFile, type PromptFile } from './prompt-file.ts';

/** The MCP prompts: one markdown file each in prompts/mcp/, so wording changes need no code change. */
export const mcpPromptFolder = fileURLToPath(new URL('./mcp/', import.meta.url));

/** Reads and checks every prompt file of a folder, ordered by name; throws on the first bad file. */
export function loadPromptFolder(folder: string = mcpPromptFolder): PromptFile[] {
  const prompts = readdirSync(folder)
    .filter((entry) => entry.endsWith('.md'))
    .sort()
    .map((entry) => parsePromptFile(readFileSync(join(folder, entry), 'utf8'), join(basename(folder), entry)));
  const names = new Set<string>();
  for (const prompt of prompts) {
    if (names.has(prompt.name)) throw new Error(`Two prompt files are named "${prompt.name}" (${prompt.file})`);
    names.add(prompt.name);
  }
  return prompts;
}

let cached: PromptFile[] | undefined;

/** The MCP prompts, read once per process (they ship with the code). */
export function mcpPrompts(): PromptFile[] {
  cached ??= loadPromptFolder();
  return cached;
}
