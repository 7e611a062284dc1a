import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CinematicAds } from '../contract/interface.ts';
import type { McpServerOptions } from './mcp-server-options.ts';
import { registerAccountResources } from './resources/account-resources.ts';
import { registerProjectResources } from './resources/project-resources.ts';
import { registerProjectSubscriptions } from './resources/project-subscriptions.ts';

/**
 * The account as MCP resources: `cinematicads://brand`, `cinematicads://brand/knowledge`,
 * `cinematicads://credits`, `cinematicads://projects/{id}` (subscribable) and, when the server can
 * read media, `cinematicads://projects/{id}/files/{name}`. Call before the server connects.
 */
export function registerResources(server: McpServer, api: CinematicAds, options: McpServerOptions): void {
  registerAccountResources(server, api, options.logError);
  registerProjectResources(server, api, { readMedia: options.readMedia, logError: options.logError });
  registerProjectSubscriptions(server, api, options.logError);
}
