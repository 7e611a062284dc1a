import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CinematicAds } from '../contract/interface.ts';
import type { McpServerOptions } from './mcp-server-options.ts';
import { registerGenerationTasks } from './register-generation-tasks.ts';
import { registerPrompts } from './register-prompts.ts';
import { registerResources } from './register-resources.ts';
import { registerTools } from './register-tools.ts';

/**
 * One MCP server over one account's CinematicAds (in process or remote: the server cannot tell).
 * Tools, resources and prompts each register themselves from their own catalog.
 */
export function createMcpServer(api: CinematicAds, options: McpServerOptions): McpServer {
  const server = new McpServer(
    { name: 'cinematicads', title: 'CinematicAds', version: options.version },
    { capabilities: { tools: {}, resources: { subscribe: true, listChanged: true }, prompts: {}, completions: {}, logging: {} } },
  );
  registerTools(server, api, options);
  registerGenerationTasks(server, api, options);
  registerResources(server, api, options);
  registerPrompts(server, api, options);
  return server;
}
