import type { CommentThread } from '@broedplaats/contracts';

/** Query keys of a document's comments and history: shared by the (lazy) panels and the live events. */
export const documentWorkKeys = {
  threads: (networkId: string, documentId: string) => ['documents', 'threads', networkId, documentId] as const,
  versions: (networkId: string, documentId: string) => ['documents', 'versions', networkId, documentId] as const,
  version: (networkId: string, documentId: string, versionId: string, view: 'view' | 'comparison') => ['documents', 'versions', networkId, documentId, versionId, view] as const,
};

/** A thread's new state in the list: replaced where it was, or added at the end. */
export const withThread = (threads: CommentThread[] | undefined, thread: CommentThread): CommentThread[] | undefined =>
  threads && (threads.some((t) => t.id === thread.id) ? threads.map((t) => (t.id === thread.id ? thread : t)) : [...threads, thread]);
