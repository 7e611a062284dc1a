import type { PromptMessage } from '@modelcontextprotocol/sdk/types.js';
import type { CinematicAds } from '../../contract/interface.ts';
import type { ReadMedia } from './media-reader.ts';
import { readProjectDocument } from './project-document.ts';
import { brandKnowledgeUri, brandUri, creditsUri, projectUri } from './resource-uris.ts';

export type EmbeddableResource = { kind: 'brand' | 'knowledge' | 'credits' } | { kind: 'project'; jobId: string };

/** A resource's current contents as a prompt message, so the assistant starts from facts rather than a tool call. */
export async function embeddedResourceMessage(
  api: CinematicAds,
  target: EmbeddableResource,
  deps: { readMedia?: ReadMedia; signal?: AbortSignal },
): Promise<PromptMessage> {
  const options = deps.signal ? { signal: deps.signal } : {};
  const [uri, value] = await (async (): Promise<[string, unknown]> => {
    switch (target.kind) {
      case 'brand':
        return [brandUri, await api.getBrand({}, options)];
      case 'knowledge':
        return [brandKnowledgeUri, await api.listKnowledgeSources({}, options)];
      case 'credits':
        return [creditsUri, await api.getCredits({}, options)];
      case 'project':
        return [projectUri(target.jobId), await readProjectDocument(api, target.jobId, deps)];
    }
  })();
  return { role: 'user', content: { type: 'resource', resource: { uri, mimeType: 'application/json', text: JSON.stringify(value, null, 2) } } };
}
