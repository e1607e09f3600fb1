import type { DocumentKind, NetworkRole } from '@broedplaats/contracts';

/**
 * What a person may do with an open document: edit it, only read it (sync answers and awareness, no
 * updates), or nothing (the document is closed for them).
 */
export type DocumentMode = 'edit' | 'read' | 'none';

/** Everything a kind's rule may look at; gathered once when the document is opened, kept in memory. */
export type DocumentStanding = {
  /** Their role in the document's network; null for anyone who is not a member (an on-duty admin too). */
  role: NetworkRole | null;
  archived: boolean;
  /** Minutes a facilitator has published. */
  published: boolean;
};

type Rule = (s: DocumentStanding) => DocumentMode;

const membersEdit: Rule = (s) => (s.role === null ? 'none' : s.archived ? 'read' : 'edit');

/**
 * Each document kind supplies its rule; a new kind (a cycle's plan, say) adds one row and tsc names it
 * until it does. Confidential content (intervision) is never a document, so no rule here opens one.
 */
export const documentAccess: Record<DocumentKind, Rule> = {
  /** The network's wiki: every member writes, an archived network keeps it to read. */
  practice_page: membersEdit,
  /** Written together during the meeting; once published, members read and facilitators may still amend. */
  minutes: (s) => {
    const mode = membersEdit(s);
    return mode === 'edit' && s.published && s.role !== 'facilitator' ? 'read' : mode;
  },
};

export const documentMode = (kind: DocumentKind, standing: DocumentStanding): DocumentMode => documentAccess[kind](standing);

/** A practice page is deleted by the member who started it or by a facilitator. */
export const mayDeletePracticePage = (page: { createdBy: string | null }, who: { userId: string; role: NetworkRole | null }): boolean =>
  who.role === 'facilitator' || (who.role !== null && page.createdBy === who.userId);
