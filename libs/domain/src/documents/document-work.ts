import type { DocumentMode } from './document-access';

/**
 * What a person may do around a document's text, from the kind's mode (`documentMode`). Comments are a
 * conversation about the text, not the text: whoever may read the document comments on it (read-only
 * members of published minutes too). Saving and restoring versions is writing: only who may edit.
 * An archived network refuses both before this rule is asked (409 network_archived).
 */
export const mayReadDocumentWork = (mode: DocumentMode): boolean => mode !== 'none';
export const mayCommentOn = (mode: DocumentMode): boolean => mode !== 'none';
export const mayChangeHistory = (mode: DocumentMode): boolean => mode === 'edit';

/** Who resolves or reopens a thread: any member who may comment (threads are the group's to-do list). */
export const mayResolveThread = (mode: DocumentMode): boolean => mayCommentOn(mode);
