import { z } from 'zod';
import { storedBrandProfile } from '../../src/contract/schemas/brand.ts';
import { noInput } from '../no-input.ts';
import { defineTool } from '../tool-definition.ts';

export const getBrandTool = defineTool({
  name: 'get_brand',
  operation: 'get_brand',
  toolset: 'brand',
  title: 'Get the brand profile',
  description:
    'The brand profile (name, industry, tone, audience, colors) every generation uses, or null. Read it before ' +
    'save_brand. Free, instant.',
  input: noInput,
  // MCP structured content is an object, so the REST answer (a profile or null) is wrapped.
  output: z.object({ brand: storedBrandProfile.nullable().describe('The profile, or null when none is set') }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async handler(_args, { api, signal }) {
    const brand = await api.getBrand({}, { signal });
    return { structured: { brand }, summary: brand ? `Brand profile of "${brand.name}".` : 'No brand profile is set yet; create one with save_brand.' };
  },
});
