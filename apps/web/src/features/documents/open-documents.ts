import type { DocumentClosed } from '@broedplaats/contracts';

/** What an open editor listens to; the provider (sync/provider.ts) registers itself here. */
export type OpenDocument = {
  message: (message: Uint8Array) => void;
  closed: (reason: DocumentClosed['reason']) => void;
};

/**
 * The documents open in this tab, by id. Kept apart from the provider so the live feature (in the
 * first download) routes socket events to editors without pulling Yjs into the first download.
 */
const open = new Map<string, OpenDocument>();

export function registerDocument(documentId: string, listener: OpenDocument): () => void {
  open.set(documentId, listener);
  return () => {
    if (open.get(documentId) === listener) open.delete(documentId);
  };
}

export const openDocument = (documentId: string): OpenDocument | undefined => open.get(documentId);
