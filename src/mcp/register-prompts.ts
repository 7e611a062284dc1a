import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ErrorCode, McpError, type GetPromptResult } from '@modelcontextprotocol/sdk/types.js';
import { promptArgumentShape } from '../../prompts/prompt-arguments.ts';
import { mcpPrompts } from '../../prompts/prompt-catalog.ts';
import type { PromptFile } from '../../prompts/prompt-file.ts';
import { renderTemplate } from '../../prompts/prompt-template.ts';
import { CinematicAdsError } from '../contract/errors.ts';
import type { CinematicAds } from '../contract/interface.ts';
import type { McpServerOptions } from './mcp-server-options.ts';
import { embeddedResourceMessage, type EmbeddableResource } from './resources/embedded-resources.ts';
import { asResourceError } from './resources/resource-errors.ts';
import { completeProjectId } from './resources/project-completions.ts';

/**
 * The prompt files of prompts/mcp/ as MCP prompts: arguments checked and completed (workflow
 * types, formats, project ids…), the text rendered from the file, and the account state the file
 * asks for (brand, knowledge, credits, the named project) attached as embedded resources.
 */
export function registerPrompts(server: McpServer, api: CinematicAds, options: McpServerOptions, prompts: readonly PromptFile[] = mcpPrompts()): void {
  const completers = { projectIds: (typed: string) => completeProjectId(api, typed) };
  for (const prompt of prompts) {
    server.registerPrompt(
      prompt.name,
      { title: prompt.title, description: prompt.description, argsSchema: promptArgumentShape(prompt.arguments, completers) },
      async (args, extra) => renderPrompt(prompt, args as Record<string, string | undefined>, api, { ...options, signal: extra.signal }),
    );
  }
}

async function renderPrompt(
  prompt: PromptFile,
  args: Record<string, string | undefined>,
  api: CinematicAds,
  deps: Pick<McpServerOptions, 'readMedia' | 'logError'> & { signal: AbortSignal },
): Promise<GetPromptResult> {
  const attachments: EmbeddableResource[] = [
    ...prompt.attach.map((kind) => ({ kind })),
    ...prompt.arguments.flatMap((argument) => {
      const jobId = argument.complete === 'project_id' ? args[argument.name] : undefined;
      return jobId ? [{ kind: 'project' as const, jobId }] : [];
    }),
  ];
  const readDeps = { signal: deps.signal, ...(deps.readMedia ? { readMedia: deps.readMedia } : {}) };
  const embedded = await Promise.all(
    attachments.map((target) =>
      embeddedResourceMessage(api, target, readDeps).catch((error: unknown) => {
        // A mistyped project id is the user's to fix: say so in the prompt's own error, not as a server fault.
        if (CinematicAdsError.is(error) && error.code === 'not_found') throw new McpError(ErrorCode.InvalidParams, error.message);
        throw asResourceError(error, `prompt ${prompt.name}`, deps.logError);
      }),
    ),
  );
  return {
    description: prompt.description,
    messages: [{ role: 'user', content: { type: 'text', text: renderTemplate(prompt.body, args) } }, ...embedded],
  };
}
