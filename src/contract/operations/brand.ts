import { brandProfile, storedBrandProfile } from '../schemas/brand.ts';
import { defineOperation } from './operation-definition.ts';

export const getBrand = defineOperation({
  name: 'get_brand',
  method: 'GET',
  path: '/api/user/brand',
  auth: true,
  rateClass: 'default',
  spendsCredits: false,
  input: {},
  output: storedBrandProfile.nullable(),
  response: { kind: 'json' },
  envelope: 'data',
  errors: [],
  summary: 'Get the brand profile',
  description:
    'Returns the brand profile — name, industry, tone, target audience and colors — that every generation uses, ' +
    'or null when none is set. Free.',
  tags: ['Brand'],
  source: 'seed',
});

export const saveBrand = defineOperation({
  name: 'save_brand',
  method: 'POST',
  path: '/api/user/brand',
  auth: true,
  rateClass: 'default',
  spendsCredits: false,
  input: { body: brandProfile },
  output: storedBrandProfile,
  response: { kind: 'json' },
  envelope: 'data',
  errors: [],
  summary: 'Create or replace the brand profile',
  description:
    'Saves the brand profile; every later generation uses its colors, tone and audience, and brand workflows build on it. ' +
    'The profile is replaced as a whole: send every field to keep (read it first with get_brand to change one field). ' +
    'Jobs already running keep the profile they started with. Free.',
  tags: ['Brand'],
  source: 'seed',
});

export const brandOperations = [getBrand, saveBrand] as const;
