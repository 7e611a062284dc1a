import type { LaunchRequest } from '../../contract/schemas/launch.ts';
import type { BrandProfile } from '../../contract/schemas/brand.ts';
import { type Brief, resolveBrief } from '../../studio/brief.ts';

/** The launch fields the studio reads (never `async`, which is about the HTTP answer). */
export type LaunchFields = Omit<LaunchRequest, 'async'>;

/** The studio brief of a launch: its fields with defaults resolved, drawn in the account's brand. */
export function briefForLaunch(fields: LaunchFields, brand: BrandProfile | undefined): Brief {
  return resolveBrief({ ...fields, ...(brand ? { brand } : {}) });
}

/**
 * A stored brief validated again before a run: a job stored by an older version whose brief no
 * longer passes today's rules is failed and refunded instead of rendering something undefined.
 */
export function recheckBrief(brief: Brief): Brief {
  const { formats, ...rest } = brief;
  return resolveBrief({ ...rest, ...(formats.length ? { formats: formats.join(',') } : {}) });
}
