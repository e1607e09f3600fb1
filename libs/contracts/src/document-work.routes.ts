import { z } from 'zod';
import { Id } from './common';
import { CommentThread, CommentThreadList, OpenThreadBody, ReplyBody, ResolveThreadBody } from './document-comments';
import { DocumentVersion, DocumentVersionList, SaveVersionBody, VersionComparison, VersionView } from './document-versions';
import type { RouteSpec } from './routes';

const route = <const R extends RouteSpec>(spec: R): R => spec;

const DocumentParams = z.object({ networkId: Id, documentId: Id });
const ThreadParams = z.object({ networkId: Id, documentId: Id, threadId: Id });
const CommentParams = z.object({ networkId: Id, documentId: Id, threadId: Id, commentId: Id });
const VersionParams = z.object({ networkId: Id, documentId: Id, versionId: Id });
const D = '/api/networks/:networkId/documents/:documentId';

/**
 * Work around a document's text: comments on passages, named versions (history) and exports. Members
 * of the document's network only; each route applies the document kind's rule. Kept apart so a web
 * chunk can import just these; `routes` spreads them in.
 */
export const documentWorkRoutes = {
  documentComments: route({
    method: 'GET', path: `${D}/comments`, tag: 'documents', summary: 'The comment threads on a document’s passages, resolved ones too (members)', access: 'session',
    params: DocumentParams, response: CommentThreadList, status: 200, errors: ['forbidden'],
  }),
  openCommentThread: route({
    method: 'POST', path: `${D}/comments`, tag: 'documents', summary: 'Comment on a passage, mentioning members', access: 'session',
    params: DocumentParams, body: OpenThreadBody, response: CommentThread, status: 201, errors: ['forbidden', 'network_archived'],
  }),
  replyToThread: route({
    method: 'POST', path: `${D}/comments/:threadId/replies`, tag: 'documents', summary: 'Reply in a comment thread', access: 'session',
    params: ThreadParams, body: ReplyBody, response: CommentThread, status: 201, errors: ['forbidden', 'network_archived'],
  }),
  editDocumentComment: route({
    method: 'PATCH', path: `${D}/comments/:threadId/comments/:commentId`, tag: 'documents', summary: 'Edit my comment (within 15 minutes)', access: 'session',
    params: CommentParams, body: ReplyBody, response: CommentThread, status: 200, errors: ['forbidden', 'network_archived', 'edit_window_closed'],
  }),
  deleteDocumentComment: route({
    method: 'DELETE', path: `${D}/comments/:threadId/comments/:commentId`, tag: 'documents', summary: 'Remove a comment (author or facilitators); a marker stays', access: 'session',
    params: CommentParams, response: CommentThread, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  resolveThread: route({
    method: 'PUT', path: `${D}/comments/:threadId/resolved`, tag: 'documents', summary: 'Resolve or reopen a comment thread', access: 'session',
    params: ThreadParams, body: ResolveThreadBody, response: CommentThread, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  documentVersions: route({
    method: 'GET', path: `${D}/versions`, tag: 'documents', summary: 'The document’s named versions, newest first, with who changed it before each (members)', access: 'session',
    params: DocumentParams, response: DocumentVersionList, status: 200, errors: ['forbidden'],
  }),
  saveDocumentVersion: route({
    method: 'POST', path: `${D}/versions`, tag: 'documents', summary: 'Save the document as it is now as a named version (who may edit it)', access: 'session',
    params: DocumentParams, body: SaveVersionBody, response: DocumentVersion, status: 201, errors: ['forbidden', 'network_archived'],
  }),
  documentVersion: route({
    method: 'GET', path: `${D}/versions/:versionId`, tag: 'documents', summary: 'A version to read: safe HTML and Markdown (members)', access: 'session',
    params: VersionParams, response: VersionView, status: 200, errors: ['forbidden'],
  }),
  compareDocumentVersion: route({
    method: 'GET', path: `${D}/versions/:versionId/comparison`, tag: 'documents', summary: 'What was added and removed since a version, on the rendered text (members)', access: 'session',
    params: VersionParams, response: VersionComparison, status: 200, errors: ['forbidden'],
  }),
  restoreDocumentVersion: route({
    method: 'POST', path: `${D}/versions/:versionId/restore`, tag: 'documents', summary: 'Make the document equal to a version as a new change, after saving the current state as an automatic version (who may edit it)', access: 'session',
    params: VersionParams, response: DocumentVersion, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  exportDocumentMarkdown: route({
    method: 'GET', path: `${D}/export.md`, tag: 'documents', summary: 'The document as it is now, as a Markdown file (members)', access: 'session',
    params: DocumentParams, status: 200, errors: ['forbidden'],
  }),
  printDocument: route({
    method: 'GET', path: `${D}/print`, tag: 'documents', summary: 'The document as it is now, as a clean printable page (members)', access: 'session',
    params: DocumentParams, status: 200, errors: ['forbidden'],
  }),
} as const;
