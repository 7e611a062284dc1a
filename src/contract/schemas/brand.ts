import { z } from 'zod';

const hexColor = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'must be a hex color such as "#1a2b3c"')
  .describe('Hex color, e.g. "#c8a24a"');

export const brandColors = z
  .object({
    primary: hexColor.optional(),
    secondary: hexColor.optional(),
    accent: hexColor.optional(),
  })
  .describe('Brand palette: { primary, secondary, accent } as hex colors');

export const brandProfile = z
  .object({
    name: z.string().trim().min(1, 'is required').max(120).describe('Brand name'),
    industry: z.string().trim().max(120).optional().describe('Industry sector, e.g. "fragrance"'),
    tone: z.string().trim().max(200).optional().describe('Communication tone, e.g. "warm, confident"'),
    targetAudience: z.string().trim().max(300).optional().describe('Target audience, e.g. "busy parents in their 30s"'),
    colors: brandColors.optional(),
  })
  .describe('Brand profile used by every generation');

export type BrandProfile = z.infer<typeof brandProfile>;
export type BrandColors = z.infer<typeof brandColors>;

export const storedBrandProfile = brandProfile
  .extend({ updatedAt: z.iso.datetime().describe('When the profile was last saved') })
  .describe('The brand profile as saved');

export type StoredBrandProfile = z.infer<typeof storedBrandProfile>;
