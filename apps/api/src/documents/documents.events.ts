import type { CommentThread, DocumentKind, DocumentVersion } from '@broedplaats/contracts';

/**
 * What happens to documents, published after commit. Editors of a deleted document are closed on
 * every instance (documents.live.ts); a published or re-judged document goes through cache
 * invalidation instead, which reaches every instance's open editors. Comments and versions go to the
 * network's members (documents.live.ts); mentions become notifications (documents.notices.ts).
 */
declare module '../core/events' {
  interface DomainEvents {
    'document.deleted': { networkId: string; documentId: string };
    'document.commented': { networkId: string; documentId: string; thread: CommentThread };
    'document.versioned': { networkId: string; documentId: string; version: DocumentVersion };
    'document.mentioned': {
      networkId: string; documentId: string; title: string; documentKind: DocumentKind; meetingId: string | null; commentId: string; authorId: string; mentionedUserIds: string[];
    };
  }
}
export {};
