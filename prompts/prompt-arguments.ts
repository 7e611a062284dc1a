import { completable } from '@modelcontextprotocol/sdk/server/completable.js';
import { z } from 'zod';
import { jobId } from '../src/contract/schemas/ids.ts';
import { maxBatchSize } from '../src/contract/schemas/batch.ts';
import { formats, frameworks, qualities, seasons, workflowTypes } from '../src/contract/workflow-catalog.ts';
import type { CompletionSource, PromptArgumentSpec } from './prompt-file.ts';

/** Closed lists, from the workflow catalog so a prompt cannot offer a value the API refuses. */
const choices: Partial<Record<CompletionSource, readonly string[]>> = {
  workflow_type: workflowTypes,
  workflow_types: workflowTypes,
  formats,
  quality: qualities,
  framework: frameworks,
  season: seasons,
  batch_size: Array.from({ length: maxBatchSize }, (_, index) => String(index + 1)),
  yes_no: ['yes', 'no'],
};

/** Sources whose value is a comma-separated list ("9:16,1:1"): each item is checked and completed. */
const listSources: ReadonlySet<CompletionSource> = new Set(['workflow_types', 'formats']);

export interface ArgumentCompleters {
  projectIds(typed: string): Promise<string[]>;
}

/** The zod shape of a prompt's arguments (all strings, as MCP prompt arguments are), with completion. */
export function promptArgumentShape(specs: readonly PromptArgumentSpec[], completers: ArgumentCompleters): Record<string, z.ZodType<string | undefined>> {
  return Object.fromEntries(specs.map((spec) => [spec.name, argumentSchema(spec, completers)]));
}

function argumentSchema(spec: PromptArgumentSpec, completers: ArgumentCompleters): z.ZodType<string | undefined> {
  const value = checkedValue(spec.complete);
  const schema = (spec.required ? value : value.optional()).describe(spec.description);
  const complete = completerOf(spec.complete, completers);
  return complete ? completable(schema, (typed) => complete(typeof typed === 'string' ? typed : '')) : schema;
}

function checkedValue(source: CompletionSource | undefined): z.ZodType<string> {
  const text = z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
    .trim().min(1, 'must not be empty').max(4000, 'must be at most 4000 characters');
  if (source === 'project_id') return jobId;
  const allowed = source ? choices[source] : undefined;
  if (!source || !allowed) return text;
  const list = listSources.has(source);
  return text.superRefine((value, ctx) => {
    const items = list ? value.split(',').map((item) => item.trim()).filter(Boolean) : [value];
    for (const item of items) {
      if (!allowed.includes(item)) ctx.addIssue({ code: 'custom', message: `"${item}" is not one of ${allowed.join(', ')}` });
    }
  });
}

function completerOf(source: CompletionSource | undefined, completers: ArgumentCompleters): ((typed: string) => Promise<string[]>) | undefined {
  if (!source) return undefined;
  if (source === 'project_id') return (typed) => completers.projectIds(typed);
  const allowed = choices[source] ?? [];
  if (!listSources.has(source)) return async (typed) => allowed.filter((choice) => choice.startsWith(typed.trim()));
  return async (typed) => completeListItem(typed, allowed);
}

/** Completes the last item of a comma-separated list, keeping the items before it and skipping repeats. */
export function completeListItem(typed: string, allowed: readonly string[]): string[] {
  const parts = typed.split(',');
  const last = (parts.pop() ?? '').trim();
  const before = parts.map((part) => part.trim()).filter(Boolean);
  const prefix = before.length ? `${before.join(',')},` : '';
  return allowed.filter((choice) => choice.startsWith(last) && !before.includes(choice)).map((choice) => `${prefix}${choice}`);
}
