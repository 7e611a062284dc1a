import { brandProfile, storedBrandProfile } from '../../src/contract/schemas/brand.ts';
import { defineTool } from '../tool-definition.ts';

export const saveBrandTool = defineTool({
  name: 'save_brand',
  operation: 'save_brand',
  toolset: 'brand',
  title: 'Save the brand profile',
  description:
    'Creates or replaces the whole brand profile: send every field to keep (read it first with get_brand). Later ' +
    'generations use it. Free, instant.',
  input: brandProfile,
  output: storedBrandProfile,
  // Replaces the stored profile as a whole: an overwrite, hence destructive; the same profile twice changes nothing more.
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  async handler(args, { api, signal }) {
    const saved = await api.saveBrand(args, { signal });
    return { structured: saved, summary: `Saved the brand profile of "${saved.name}"; later generations use it.` };
  },
});
