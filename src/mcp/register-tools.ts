import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { CinematicAdsError } from '../contract/errors.ts';
import type { CinematicAds } from '../contract/interface.ts';
import { parseOrThrow } from '../contract/validation.ts';
import { selectTools } from '../../tools/tool-catalog.ts';
import type { ToolDefinition } from '../../tools/tool-definition.ts';
import type { McpServerOptions } from './mcp-server-options.ts';
import { toCallToolResult } from './tool-call-result.ts';
import { createToolContext, type ToolCallExtra } from './tool-context.ts';
import { asToolError, toolErrorResult } from './tool-error-result.ts';
import { toolSchemas } from './tool-schemas.ts';

/** Registers the catalog's tools the options select (toolsets, read-only) on one server over one account's API. */
export function registerTools(server: McpServer, api: CinematicAds, options: McpServerOptions): void {
  for (const tool of selectTools({ toolsets: options.toolsets, readOnly: options.readOnly })) registerTool(server, api, options, tool);
}

export function registerTool(server: McpServer, api: CinematicAds, options: McpServerOptions, tool: ToolDefinition): void {
  const schemas = toolSchemas(tool);
  const logError = options.logError ?? logToStderr;
  const registered = server.registerTool(
    tool.name,
    {
      title: tool.title,
      description: tool.description,
      inputSchema: schemas.inputCarrier,
      outputSchema: schemas.outputCarrier,
      annotations: tool.annotations,
    },
    async (args: Record<string, unknown>, extra: ToolCallExtra): Promise<CallToolResult> => {
      try {
        const input = parseOrThrow(tool.input, args, 'arguments');
        const result = await tool.handler(input, createToolContext(server, api, options, extra));
        return toCallToolResult(result, checkedOutput(tool, result.structured), { mediaReadable: Boolean(options.readMedia) });
      } catch (thrown) {
        return toolErrorResult(asToolError(thrown, logError));
      }
    },
  );
  // The SDK lists `execution: {taskSupport: "forbidden"}` on every plain tool; absent means the same
  // (MCP 2025-11-25) and saves ~300 tokens of tools/list. Task tools register their own.
  delete registered.execution;
}

/** A result that breaks the tool's own output schema is our bug: it is reported, not sent half-right. */
function checkedOutput(tool: ToolDefinition, structured: unknown): Record<string, unknown> {
  const parsed = tool.output.safeParse(structured);
  if (parsed.success) return parsed.data as Record<string, unknown>;
  throw new CinematicAdsError('internal', 'Internal server error', {
    cause: new Error(`${tool.name} returned a result outside its output schema: ${parsed.error.message}`),
  });
}

function logToStderr(message: string, cause: unknown): void {
  process.stderr.write(`${message}: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}\n`);
}
