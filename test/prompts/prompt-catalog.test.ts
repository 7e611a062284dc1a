import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { agentSystemPrompt } from '../../prompts/agent-system-prompt.ts';
import { loadPromptFolder, mcpPrompts } from '../../prompts/prompt-catalog.ts';
import { parsePromptFile } from '../../prompts/prompt-file.ts';
import { operations } from '../../src/contract/operations.ts';
import { toolCatalog } from '../../tools/tool-catalog.ts';

/** Tool names are the contract's operation names, plus the two tools that wrap no single route (the stream is followed, not called). */
const toolNames = new Set([...operations.map((operation) => operation.name).filter((name) => name !== 'get_workflow_stream'), 'estimate_cost', 'follow_workflow']);

const catalogNames = new Set(toolCatalog.map((tool) => tool.name));

/** Backticked snake_case words that name tools (launch_workflow), as the prompts write them. */
function toolsNamedIn(text: string): string[] {
  return [...text.matchAll(/`([a-z]+(?:_[a-z]+)+)`/g)].map((match) => match[1] ?? '').filter((word) => /^(get|list|launch|review|cancel|follow|estimate|save|add|upload|delete|search|create|revoke|export|redeliver)_/.test(word));
}

const required = ['cinematic_ad_from_concept', 'clone_competitor_ad', 'product_url_to_multiformat', 'brand_onboarding', 'weekly_campaign_batch', 'optimize_existing_ad'];

describe('the prompt files', () => {
  it('include the six prompts of the issue, each with a title, a description and described arguments', () => {
    const prompts = mcpPrompts();
    expect(prompts.map((prompt) => prompt.name)).toEqual(expect.arrayContaining(required));
    for (const prompt of prompts) {
      expect(prompt.title, prompt.name).toBeTruthy();
      expect(prompt.description.length, prompt.name).toBeGreaterThan(20);
      expect(prompt.arguments.length, prompt.name).toBeGreaterThan(0);
      expect(prompt.arguments.some((argument) => argument.required), prompt.name).toBe(true);
      for (const argument of prompt.arguments) expect(argument.description.length, `${prompt.name}.${argument.name}`).toBeGreaterThan(10);
    }
  });

  it('name only tools that exist, and each guides to pricing before spending', () => {
    for (const prompt of [...mcpPrompts(), { name: 'agent_system', body: agentSystemPrompt() }]) {
      const named = toolsNamedIn(prompt.body);
      expect(named.length, prompt.name).toBeGreaterThan(1);
      for (const tool of named) {
        expect(toolNames.has(tool), `${prompt.name} names ${tool}, not a tool of the contract`).toBe(true);
        expect(catalogNames.has(tool), `${prompt.name} names ${tool}, missing from the tool catalog`).toBe(true);
      }
    }
    for (const prompt of mcpPrompts().filter((candidate) => candidate.name !== 'brand_onboarding')) {
      const body = prompt.body;
      expect(body.indexOf('`estimate_cost`'), prompt.name).toBeGreaterThan(-1);
      const launch = Math.min(...['`launch_workflow`', '`launch_batch`'].map((tool) => body.indexOf(tool)).filter((index) => index >= 0));
      expect(body.indexOf('`estimate_cost`'), `${prompt.name}: estimate_cost before launching`).toBeLessThan(launch);
    }
  });

  it('use completion where a value comes from a closed list or the account', () => {
    const sources = new Map(mcpPrompts().map((prompt) => [prompt.name, new Set(prompt.arguments.map((argument) => argument.complete))]));
    expect(sources.get('optimize_existing_ad')?.has('project_id')).toBe(true);
    expect(sources.get('weekly_campaign_batch')?.has('workflow_types')).toBe(true);
    expect(sources.get('cinematic_ad_from_concept')?.has('formats')).toBe(true);
  });

  it('the README names every prompt', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const prompt of mcpPrompts()) expect(readme, prompt.name).toContain(`\`${prompt.name}\``);
  });

  it('the agent system prompt loads and mentions the review rule', () => {
    expect(agentSystemPrompt()).toMatch(/review_workflow/);
  });
});

describe('loading a prompt folder', () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = undefined;
  });

  const prompt = (name: string, body = 'Use {{topic}}.') =>
    `---\nname: ${name}\ntitle: T\ndescription: D\narguments:\n  - name: topic\n    description: The topic\n    required: true\n---\n${body}\n`;

  it('reads every .md file, ordered by file name, and ignores other files', () => {
    folder = mkdtempSync(join(tmpdir(), 'prompts-'));
    writeFileSync(join(folder, 'b.md'), prompt('second'));
    writeFileSync(join(folder, 'a.md'), prompt('first'));
    writeFileSync(join(folder, 'notes.txt'), 'not a prompt');
    expect(loadPromptFolder(folder).map((loaded) => loaded.name)).toEqual(['first', 'second']);
  });

  it('refuses two files with one name', () => {
    folder = mkdtempSync(join(tmpdir(), 'prompts-'));
    writeFileSync(join(folder, 'a.md'), prompt('same'));
    writeFileSync(join(folder, 'b.md'), prompt('same'));
    expect(() => loadPromptFolder(folder)).toThrow(/Two prompt files are named "same"/);
  });

  it.each([
    ['an undeclared placeholder', prompt('x', 'Use {{other}}.'), /\{\{other\}\} is not a declared argument/],
    ['an unclosed section', prompt('x', '{{#topic}} open'), /unmatched or malformed tag \{\{#topic\}\}/],
    ['a name that is not snake_case', prompt('Bad-Name'), /name must be snake_case/],
    ['an unknown completion source', prompt('x').replace('required: true', 'complete: colours'), /arguments\.0\.complete/],
    ['an unknown attachment', prompt('x').replace('title: T', 'title: T\nattach: brand, wallet'), /attach/],
    ['an empty body', prompt('x', ''), /no text after its front matter/],
  ])('refuses a file with %s', (_label, text, message) => {
    expect(() => parsePromptFile(text, 'x.md')).toThrow(message);
  });
});
