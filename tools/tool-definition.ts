import type { z } from 'zod';
import type { CinematicAds } from '../src/contract/interface.ts';

/** Groups a user can switch on or off (`--toolsets`), like github-mcp-server's. */
export const toolsets = ['workflows', 'batches', 'account', 'brand', 'knowledge', 'webhooks', 'platform'] as const;
export type Toolset = (typeof toolsets)[number];

/** MCP's tool annotations, every one stated (a tool that leaves one out gets the spec's pessimistic default). */
export interface ToolAnnotations {
  readOnlyHint: boolean;
  destructiveHint: boolean;
  idempotentHint: boolean;
  openWorldHint: boolean;
}

/** A file a result points to: becomes an MCP `resource_link` (and a readable resource). */
export interface ToolLink {
  uri: string;
  name: string;
  mimeType: string;
  description?: string;
}

/** A question for the human behind the client (MCP elicitation: a flat form of primitive fields). */
export interface ElicitQuestion {
  message: string;
  /** JSON Schema of a flat object, as MCP's `requestedSchema`. */
  requestedSchema: { type: 'object'; properties: Record<string, unknown>; required?: string[] };
}
export type ElicitAnswer = { action: 'accept'; content: Record<string, unknown> } | { action: 'decline' | 'cancel' };

/**
 * What a handler gets besides its arguments: the caller's API (the account comes from the face's
 * authentication, never from an argument) and the face's channels back to the user. Faces that
 * cannot report progress or ask a human give a no-op `progress` and no `elicit`.
 */
export interface ToolContext {
  api: CinematicAds;
  signal: AbortSignal;
  /** Reports progress of a long call (MCP: notifications/progress when the client sent a progressToken). */
  progress(update: { progress: number; total?: number; message?: string }): Promise<void>;
  /** Present only when the client can answer (MCP: it declared the elicitation capability). */
  elicit?: (question: ElicitQuestion) => Promise<ElicitAnswer>;
  /** Reads one of the service's own signed media URLs (see McpServerOptions.readMedia); absent: links only. */
  readMedia?: (url: string) => Promise<{ bytes: Uint8Array; mimeType: string } | null>;
  /** Base URL of the REST API (e.g. "http://localhost:3000"), for links to downloads too large for a result. */
  apiUrl?: string;
}

export interface ToolResult<Output> {
  /** Becomes `structuredContent` (validated against `output`) and the JSON text block. */
  structured: Output;
  /** One sentence for the model, put before the JSON text. */
  summary?: string;
  links?: ToolLink[];
  /** Small images (posters, static ads) embedded when the caller asked for them. */
  images?: Array<{ data: string; mimeType: string }>;
}

/** One tool, consumed by the MCP server and the chat agent alike. */
export interface ToolDefinition<Input extends z.ZodObject = z.ZodObject, Output extends z.ZodObject = z.ZodObject> {
  /** snake_case; equal to the contract operation's name when the tool wraps one. */
  name: string;
  title: string;
  /** Written for a model: what it does, when to use it and when not (naming the alternative), cost and time. */
  description: string;
  toolset: Toolset;
  /** The contract operation it wraps, if any (a test checks every operation has a tool). */
  operation?: string;
  input: Input;
  output: Output;
  annotations: ToolAnnotations;
  handler(args: z.infer<Input>, context: ToolContext): Promise<ToolResult<z.infer<Output>>>;
}

/** Identity function that keeps a tool's input and output types tied to its handler. */
export function defineTool<Input extends z.ZodObject, Output extends z.ZodObject>(tool: ToolDefinition<Input, Output>): ToolDefinition<Input, Output> {
  return tool;
}
