import type { CinematicAds } from '../contract/interface.ts';
import { createApiKeyRequest, revokeApiKeyQuery } from '../contract/schemas/api-keys.ts';
import { parseOrThrow } from '../contract/validation.ts';
import type { AccountContext } from './account-context.ts';
import { projectOf } from './insights/project-view.ts';
import { userAnalytics } from './insights/user-analytics.ts';
import { userStats } from './insights/user-stats.ts';

export type AccountMethods = Pick<
  CinematicAds,
  'getCredits' | 'getStats' | 'getAnalytics' | 'listProjects' | 'listApiKeys' | 'createApiKey' | 'revokeApiKey' | 'getBrand' | 'saveBrand'
>;

/** Credits, insights, keys and brand of one account. */
export function accountMethods(ctx: AccountContext): AccountMethods {
  const { account } = ctx.caller;
  return {
    async getCredits() {
      return { balance: await ctx.ledger.balance(account.id), plan: account.plan, trialEndsAt: account.trialEndsAt };
    },
    getStats: (args) => userStats(ctx, account.id, args),
    getAnalytics: (args) => userAnalytics(ctx, account.id, args),
    async listProjects() {
      return { projects: (await ctx.jobs.listForAccount(account.id)).map((job) => projectOf(job, ctx.links)) };
    },
    async listApiKeys() {
      return { keys: await ctx.accounts.listApiKeys(account.id) };
    },
    async createApiKey(args) {
      const { name } = parseOrThrow(createApiKeyRequest, args ?? {}, 'request body');
      return ctx.accounts.createApiKey(account.id, { name });
    },
    async revokeApiKey(args) {
      const { id } = parseOrThrow(revokeApiKeyQuery, args, 'query');
      return ctx.accounts.revokeApiKey(account.id, id);
    },
    getBrand: () => ctx.brands.get(account.id),
    saveBrand: (args) => ctx.brands.save(account.id, args),
  };
}
