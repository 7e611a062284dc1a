/** One line on where a new source stands: indexing runs on after the answer. */
export function describeSource(source: { id: string; title: string; status: string; passages: number; error?: string | undefined }): string {
  if (source.status === 'failed') return `"${source.title}" (${source.id}) could not be indexed: ${source.error ?? 'no reason given'}.`;
  if (source.status === 'pending') return `"${source.title}" (${source.id}) is being indexed; list_knowledge_sources shows when it is done.`;
  return `"${source.title}" (${source.id}) is indexed: ${source.passages} passage(s).`;
}
