/**
 * The ten workflow types as data: names, prices, what each requires, the steps it runs and the
 * deliverables it produces. Service, studio, tools and docs all read this table.
 */
export const workflowTypes = [
  'cinematic',
  'avatar',
  'factory',
  'clone',
  'influencer',
  'brand',
  'staticad',
  'painpoint',
  'ad-optimizer',
  'local-audit',
] as const;
export type WorkflowType = (typeof workflowTypes)[number];

export const qualities = ['standard', 'premium'] as const;
export type Quality = (typeof qualities)[number];

export const formats = ['9:16', '1:1', '16:9'] as const;
export type Format = (typeof formats)[number];

export const frameworks = ['pas', 'aida', 'sb7', 'cialdini', 'uvp', 'bant'] as const;
export type Framework = (typeof frameworks)[number];

export const seasons = ['ramadan', 'eid'] as const;
export type Season = (typeof seasons)[number];

/** Pixel size of each format at full size. */
export const formatSizes: Record<Format, { width: number; height: number }> = {
  '9:16': { width: 1080, height: 1920 },
  '1:1': { width: 1080, height: 1080 },
  '16:9': { width: 1920, height: 1080 },
};

export const stepIds = [
  'research',
  'script',
  'analysis',
  'art_direction',
  'video_generation',
  'image_generation',
  'audio',
  'compose',
  'report',
] as const;
export type StepId = (typeof stepIds)[number];

/** A step and the job progress (percent) reached when it completes. */
export interface StepPlan {
  step: StepId;
  progress: number;
}

export const deliverableKinds = ['video', 'poster', 'captions', 'image', 'report', 'script', 'storyboard'] as const;
export type DeliverableKind = (typeof deliverableKinds)[number];

export const outputKinds = ['video', 'image', 'report'] as const;
export type OutputKind = (typeof outputKinds)[number];

/** What a tier changes beyond the price: the cut, its density and its encode. */
export interface TierSpec {
  cost: number;
  /** Target length of the cut in seconds (video types). */
  durationSec: number;
  /** Number of scenes in the storyboard (video and static types). */
  scenes: number;
  /** x264 constant rate factor: lower is higher quality, larger files. */
  crf: number;
  /** Variants rendered per format (factory makes several). */
  variants: number;
}

export interface WorkflowSpec {
  type: WorkflowType;
  /** The product name the hosted service uses. */
  name: string;
  summary: string;
  output: OutputKind;
  tiers: Record<Quality, TierSpec>;
  /** Fields that must be present. */
  requires: ReadonlyArray<'url' | 'concept'>;
  /** At least one of these must be present (checked after `requires`). */
  requiresOneOf: ReadonlyArray<'url' | 'concept'>;
  defaultFramework: Framework;
  defaultFormats: readonly Format[];
  steps: readonly StepPlan[];
  /** Whether the job can pause for human review after art direction (`hitl`). */
  reviewable: boolean;
}

const videoSteps: StepPlan[] = [
  { step: 'research', progress: 5 },
  { step: 'script', progress: 12 },
  { step: 'art_direction', progress: 20 },
  { step: 'video_generation', progress: 60 },
  { step: 'audio', progress: 80 },
  { step: 'compose', progress: 100 },
];
const staticSteps: StepPlan[] = [
  { step: 'research', progress: 10 },
  { step: 'script', progress: 35 },
  { step: 'art_direction', progress: 55 },
  { step: 'image_generation', progress: 100 },
];
const painpointSteps: StepPlan[] = [
  { step: 'research', progress: 10 },
  { step: 'analysis', progress: 40 },
  { step: 'script', progress: 50 },
  { step: 'art_direction', progress: 60 },
  { step: 'image_generation', progress: 100 },
];
const reportSteps: StepPlan[] = [
  { step: 'research', progress: 20 },
  { step: 'analysis', progress: 75 },
  { step: 'report', progress: 100 },
];

function tiers(standard: [number, number, number, number, number], premium: [number, number, number, number, number]) {
  const make = ([cost, durationSec, scenes, crf, variants]: [number, number, number, number, number]): TierSpec => ({
    cost,
    durationSec,
    scenes,
    crf,
    variants,
  });
  return { standard: make(standard), premium: make(premium) };
}

//                                       cost  sec scenes crf variants
export const workflowCatalog: Record<WorkflowType, WorkflowSpec> = {
  cinematic: {
    type: 'cinematic',
    name: 'Director',
    summary: 'A cinematic brand film from a creative concept.',
    output: 'video',
    tiers: tiers([1, 15, 5, 23, 1], [2, 20, 7, 19, 1]),
    requires: ['concept'],
    requiresOneOf: [],
    defaultFramework: 'aida',
    defaultFormats: ['9:16'],
    steps: videoSteps,
    reviewable: true,
  },
  avatar: {
    type: 'avatar',
    name: 'Presenter',
    summary: 'A presenter character delivering the script to camera.',
    output: 'video',
    tiers: tiers([2, 15, 4, 23, 1], [3, 20, 6, 19, 1]),
    requires: [],
    requiresOneOf: ['concept', 'url'],
    defaultFramework: 'pas',
    defaultFormats: ['9:16'],
    steps: videoSteps,
    reviewable: true,
  },
  factory: {
    type: 'factory',
    name: 'Multi-Format',
    summary: 'Several ad variants in every format from a product page.',
    output: 'video',
    tiers: tiers([3, 12, 4, 23, 3], [5, 15, 5, 19, 4]),
    requires: ['url'],
    requiresOneOf: [],
    defaultFramework: 'aida',
    defaultFormats: ['9:16', '1:1', '16:9'],
    steps: videoSteps,
    reviewable: true,
  },
  clone: {
    type: 'clone',
    name: 'Inspiration',
    summary: "A reference ad's structure re-applied to your brand.",
    output: 'video',
    tiers: tiers([3, 15, 5, 23, 1], [5, 20, 7, 19, 1]),
    requires: ['url'],
    requiresOneOf: [],
    defaultFramework: 'aida',
    defaultFormats: ['9:16'],
    steps: videoSteps,
    reviewable: true,
  },
  influencer: {
    type: 'influencer',
    name: 'Influencer',
    summary: 'A UGC-style testimonial with selfie framing and a scroll-stopping hook.',
    output: 'video',
    tiers: tiers([8, 15, 5, 23, 1], [15, 22, 7, 19, 1]),
    requires: [],
    requiresOneOf: ['concept', 'url'],
    defaultFramework: 'pas',
    defaultFormats: ['9:16'],
    steps: videoSteps,
    reviewable: true,
  },
  brand: {
    type: 'brand',
    name: 'Brand Clone',
    summary: 'A signature brand film built from the brand profile and knowledge base.',
    output: 'video',
    tiers: tiers([15, 20, 6, 21, 1], [25, 30, 9, 18, 1]),
    requires: ['concept'],
    requiresOneOf: [],
    defaultFramework: 'sb7',
    defaultFormats: ['9:16', '16:9'],
    steps: videoSteps,
    reviewable: true,
  },
  staticad: {
    type: 'staticad',
    name: 'Static Ad',
    summary: 'Still image ads (PNG) in each format.',
    output: 'image',
    tiers: tiers([1, 0, 1, 0, 1], [1, 0, 1, 0, 2]),
    requires: [],
    requiresOneOf: ['concept', 'url'],
    defaultFramework: 'uvp',
    defaultFormats: ['1:1', '9:16', '16:9'],
    steps: staticSteps,
    reviewable: true,
  },
  painpoint: {
    type: 'painpoint',
    name: 'Pain Point',
    summary: "The audience's pain points turned into angles and hooks, with a rendered static.",
    output: 'report',
    tiers: tiers([1, 0, 1, 0, 1], [1, 0, 1, 0, 1]),
    requires: [],
    requiresOneOf: ['concept', 'url'],
    defaultFramework: 'pas',
    defaultFormats: ['1:1'],
    steps: painpointSteps,
    reviewable: true,
  },
  'ad-optimizer': {
    type: 'ad-optimizer',
    name: 'Ad Optimizer',
    summary: 'A scored critique of an existing ad with concrete rewrites.',
    output: 'report',
    tiers: tiers([1, 0, 0, 0, 1], [2, 0, 0, 0, 1]),
    requires: [],
    requiresOneOf: ['concept', 'url'],
    defaultFramework: 'aida',
    defaultFormats: [],
    steps: reportSteps,
    reviewable: false,
  },
  'local-audit': {
    type: 'local-audit',
    name: 'Local Audit',
    summary: "An audit of a local business's online presence with prioritised fixes.",
    output: 'report',
    tiers: tiers([2, 0, 0, 0, 1], [3, 0, 0, 0, 1]),
    requires: [],
    requiresOneOf: ['concept', 'url'],
    defaultFramework: 'uvp',
    defaultFormats: [],
    steps: reportSteps,
    reviewable: false,
  },
};

export function costOf(type: WorkflowType, quality: Quality = 'standard'): number {
  return workflowCatalog[type].tiers[quality].cost;
}
