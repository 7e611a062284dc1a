import { z } from 'zod';
import {
  formats,
  frameworks,
  qualities,
  seasons,
  workflowCatalog,
  workflowTypes,
  type Format,
  type WorkflowType,
} from '../workflow-catalog.ts';
import { httpUrl } from './urls.ts';

const listOf = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** Parses the seed's comma-separated `formats` string ("9:16,1:1") into a de-duplicated list. */
export function parseFormats(value: string): Format[] {
  const parts = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return [...new Set(parts)] as Format[];
}

const formatsString = z
  .string()
  .describe('Comma-separated video formats: any of 9:16, 1:1, 16:9 (e.g. "9:16,1:1")')
  .superRefine((value, ctx) => {
    const parts = parseFormats(value);
    if (parts.length === 0) ctx.addIssue({ code: 'custom', message: `must list at least one of ${listOf(formats)}` });
    for (const part of parts) {
      if (!(formats as readonly string[]).includes(part)) {
        ctx.addIssue({ code: 'custom', message: `"${part}" is not a format; use ${listOf(formats)}` });
      }
    }
  });

export const modelSelection = z
  .object({
    image: z.string().trim().min(1).max(100).optional().describe('Image capability id from /api/models/status'),
    video: z.string().trim().min(1).max(100).optional().describe('Video capability id from /api/models/status'),
    voice: z.string().trim().min(1).max(100).optional().describe('Voice capability id from /api/models/status'),
  })
  .describe('Model selection per medium, by capability id from GET /api/models/status');

/** The fields shared by a launch request and a studio brief. */
export const launchFields = {
  type: z
    .enum(workflowTypes, { error: `must be one of ${listOf(workflowTypes)}` })
    .describe('Workflow type; decides the deliverables and the price'),
  url: httpUrl.optional().describe('Source URL (required for clone and factory; used by ad-optimizer, local-audit and painpoint)'),
  concept: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(2000, 'must be at most 2000 characters')
    .optional()
    .describe('Creative concept (required for cinematic and brand), e.g. "Luxury perfume ad with golden tones"'),
  quality: z
    .enum(qualities, { error: `must be one of ${listOf(qualities)}` })
    .default('standard')
    .describe('Tier: standard (default) or premium; decides the cost and the cut'),
  models: modelSelection.optional(),
  formats: formatsString.optional(),
  seasonal: z.enum(seasons, { error: `must be one of ${listOf(seasons)}` }).optional().describe('Seasonal campaign styling and copy'),
  framework: z
    .enum(frameworks, { error: `must be one of ${listOf(frameworks)}` })
    .optional()
    .describe('Marketing framework for the script'),
} as const;

/** Cross-field rules from the workflow catalog: `url is required for type "clone"`. */
export function checkWorkflowRequirements(
  value: { type: WorkflowType; url?: string | undefined; concept?: string | undefined; hitl?: boolean | undefined },
  ctx: z.RefinementCtx,
): void {
  const spec = workflowCatalog[value.type];
  for (const field of spec.requires) {
    if (!value[field]) ctx.addIssue({ code: 'custom', path: [field], message: `${field} is required for type "${value.type}"` });
  }
  if (spec.requiresOneOf.length > 0 && !spec.requiresOneOf.some((field) => value[field])) {
    ctx.addIssue({
      code: 'custom',
      path: [spec.requiresOneOf[0]!],
      message: `${spec.requiresOneOf.join(' or ')} is required for type "${value.type}"`,
    });
  }
  if (value.hitl && !spec.reviewable) {
    ctx.addIssue({
      code: 'custom',
      path: ['hitl'],
      message: `hitl is not available for type "${value.type}": it has no art direction step to review`,
    });
  }
}

export const launchRequest = z
  .object({
    ...launchFields,
    async: z.boolean().default(true).describe('true (default): answer at once with the jobId; false: answer when the job ends'),
    hitl: z.boolean().optional().describe('Human in the loop: pause after art direction for review'),
  })
  .superRefine(checkWorkflowRequirements)
  .describe('Launch a workflow');

export type LaunchRequest = z.infer<typeof launchRequest>;
export type LaunchInput = z.input<typeof launchRequest>;
