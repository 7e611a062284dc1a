import { z } from 'zod';
import { FrontMatterError, parseFrontMatter } from './front-matter.ts';
import { inspectTemplate } from './prompt-template.ts';

/** Where an argument's suggestions (and its allowed values, for closed lists) come from. */
export const completionSources = ['workflow_type', 'workflow_types', 'formats', 'quality', 'framework', 'season', 'project_id', 'batch_size', 'yes_no'] as const;
export type CompletionSource = (typeof completionSources)[number];

/** Account state a prompt can attach as embedded resources, so the assistant starts from facts. */
export const attachableResources = ['brand', 'knowledge', 'credits'] as const;
export type AttachableResource = (typeof attachableResources)[number];

const snakeName = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case');

const argumentSpec = z.object({
  name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, 'must be letters, digits and "_"'),
  description: z.string().min(1, 'is required'),
  required: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  complete: z.enum(completionSources).optional(),
});

const frontMatter = z.object({
  name: snakeName,
  title: z.string().min(1, 'is required'),
  description: z.string().min(1, 'is required'),
  arguments: z.array(argumentSpec).default([]),
  attach: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(z.enum(attachableResources))),
});

export type PromptArgumentSpec = z.infer<typeof argumentSpec>;

/** One prompt file: what prompts/list shows, and the body rendered by prompts/get. */
export interface PromptFile {
  name: string;
  title: string;
  description: string;
  arguments: PromptArgumentSpec[];
  attach: AttachableResource[];
  body: string;
  file: string;
}

/** Parses and checks a prompt file: front matter, argument names, and every placeholder declared. */
export function parsePromptFile(text: string, file: string): PromptFile {
  const { data, body } = parseFrontMatter(text, file);
  const parsed = frontMatter.safeParse(data);
  if (!parsed.success) {
    const why = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'front matter'} ${issue.message}`).join('; ');
    throw new FrontMatterError(`${file}: ${why}`);
  }
  const spec = parsed.data;
  const declared = new Set(spec.arguments.map((argument) => argument.name));
  if (declared.size !== spec.arguments.length) throw new FrontMatterError(`${file}: an argument is declared twice`);
  if (!body) throw new FrontMatterError(`${file}: the prompt has no text after its front matter`);
  const { names, problems } = inspectTemplate(body);
  const undeclared = [...names].filter((name) => !declared.has(name));
  if (problems.length || undeclared.length) {
    throw new FrontMatterError(`${file}: ${[...problems, ...undeclared.map((name) => `{{${name}}} is not a declared argument`)].join('; ')}`);
  }
  return { ...spec, body, file };
}
