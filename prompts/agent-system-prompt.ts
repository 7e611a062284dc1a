import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePromptFile } from './prompt-file.ts';

const agentSystemFile = fileURLToPath(new URL('./agent-system.md', import.meta.url));

/** The chat agent's system prompt (prompts/agent-system.md), checked like the MCP prompts. */
export function agentSystemPrompt(): string {
  return parsePromptFile(readFileSync(agentSystemFile, 'utf8'), 'prompts/agent-system.md').body;
}
