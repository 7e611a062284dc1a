import type { CinematicAds } from '../contract/interface.ts';
import { exportVideoQuery } from '../contract/schemas/platform.ts';
import { parseOrThrow } from '../contract/validation.ts';
import type { AccountContext } from './account-context.ts';

export type ExportMethods = Pick<CinematicAds, 'exportProjects' | 'exportVideo'>;

/** The account's downloads: its projects as a ZIP, and one MP4. Both stream; neither is held in memory. */
export function exportMethods(ctx: AccountContext): ExportMethods {
  const { account } = ctx.caller;
  return {
    exportProjects: (_args, options) => ctx.exports.projectsArchive(account.id, options?.signal),
    async exportVideo(args, options) {
      const { source } = parseOrThrow(exportVideoQuery, args, 'query');
      return ctx.exports.video(account.id, source, options?.signal);
    },
  };
}
