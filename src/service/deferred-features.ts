import type { CinematicAds } from '../contract/interface.ts';
import { CinematicAdsError } from '../contract/errors.ts';

export type DeferredApi = Pick<
  CinematicAds,
  | 'addKnowledgeUrl'
  | 'uploadKnowledgeFile'
  | 'listKnowledgeSources'
  | 'deleteKnowledgeSource'
  | 'searchKnowledge'
  | 'listWebhooks'
  | 'createWebhook'
  | 'deleteWebhook'
  | 'listWebhookDeliveries'
  | 'exportVideo'
  | 'exportProjects'
>;

/**
 * Operations of the contract whose area this version does not provide yet. They answer 503
 * with a sentence saying so, rather than pretending (an empty knowledge base, a webhook that is
 * never called). Each sentence names what brings the feature.
 */
function notYet(feature: string, arrivesWith: string): () => Promise<never> {
  return async () => {
    throw new CinematicAdsError('unavailable', `${feature} is not available on this server yet: it arrives with ${arrivesWith}`, {
      details: { feature, arrivesWith },
    });
  };
}

export function deferredApi(): DeferredApi {
  const knowledge = notYet('The brand knowledge base', 'the knowledge base (issue 4)');
  const webhooks = notYet('Webhooks', 'webhook delivery (issue 4)');
  return {
    addKnowledgeUrl: knowledge,
    uploadKnowledgeFile: knowledge,
    listKnowledgeSources: knowledge,
    deleteKnowledgeSource: knowledge,
    searchKnowledge: knowledge,
    listWebhooks: webhooks,
    createWebhook: webhooks,
    deleteWebhook: webhooks,
    listWebhookDeliveries: webhooks,
    exportVideo: notYet('Video export (GET /api/export)', 'the export endpoints (issue 4)'),
    exportProjects: notYet('The projects ZIP export', 'the export endpoints (issue 4)'),
  };
}
