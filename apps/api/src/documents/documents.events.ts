/**
 * What happens to documents, published after commit. Editors of a deleted document are closed on
 * every instance (documents.live.ts); a published or re-judged document goes through cache
 * invalidation instead, which reaches every instance's open editors.
 */
declare module '../core/events' {
  interface DomainEvents {
    'document.deleted': { networkId: string; documentId: string };
  }
}
export {};
