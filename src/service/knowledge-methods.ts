import type { CinematicAds } from '../contract/interface.ts';
import { knowledgeFileUpload } from '../contract/schemas/knowledge-file.ts';
import { knowledgeSearchQuery, knowledgeSourceParams, knowledgeUrlRequest } from '../contract/schemas/knowledge.ts';
import { parseOrThrow } from '../contract/validation.ts';
import type { AccountContext } from './account-context.ts';

export type KnowledgeMethods = Pick<
  CinematicAds,
  'addKnowledgeUrl' | 'uploadKnowledgeFile' | 'listKnowledgeSources' | 'deleteKnowledgeSource' | 'searchKnowledge'
>;

/** The brand knowledge base of one account: every source id is looked up within that account only. */
export function knowledgeMethods(ctx: AccountContext): KnowledgeMethods {
  const { account } = ctx.caller;
  return {
    async addKnowledgeUrl(args, options) {
      const { url } = parseOrThrow(knowledgeUrlRequest, args, 'request body');
      return ctx.knowledge.addUrl(account.id, url, options?.signal);
    },
    async uploadKnowledgeFile(args) {
      const { file } = parseOrThrow(knowledgeFileUpload, args, 'request body');
      return ctx.knowledge.addFile(account.id, file);
    },
    async listKnowledgeSources() {
      return { sources: await ctx.knowledge.list(account.id) };
    },
    async deleteKnowledgeSource(args) {
      const { sourceId } = parseOrThrow(knowledgeSourceParams, args, 'path parameters');
      await ctx.knowledge.remove(account.id, sourceId);
      return { id: sourceId, deleted: true as const };
    },
    async searchKnowledge(args, options) {
      const { q, limit } = parseOrThrow(knowledgeSearchQuery, args, 'query');
      const passages = await ctx.knowledge.search(account.id, q, limit, options?.signal);
      return { query: q, passages: passages.map(({ text, score, source }) => ({ text, score, source })) };
    },
  };
}
