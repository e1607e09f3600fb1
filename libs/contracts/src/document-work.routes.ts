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
    method: 'GET', path: `${D}/comments`, tag: 'documents', summary: 'Comment threads (members)', access: 'session',
    params: DocumentParams, response: CommentThreadList, status: 200, errors: ['forbidden'],
  }),
  openCommentThread: route({
    method: 'POST', path: `${D}/comments`, tag: 'documents', summary: 'Comment on a passage', access: 'session',
    params: DocumentParams, body: OpenThreadBody, response: CommentThread, status: 201, errors: ['forbidden', 'network_archived'],
  }),
  replyToThread: route({
    method: 'POST', path: `${D}/comments/:threadId/replies`, tag: 'documents', summary: 'Reply in a thread', access: 'session',
    params: ThreadParams, body: ReplyBody, response: CommentThread, status: 201, errors: ['forbidden', 'network_archived'],
  }),
  editDocumentComment: route({
    method: 'PATCH', path: `${D}/comments/:threadId/comments/:commentId`, tag: 'documents', summary: 'Edit my comment (15 minutes)', access: 'session',
    params: CommentParams, body: ReplyBody, response: CommentThread, status: 200, errors: ['forbidden', 'network_archived', 'edit_window_closed'],
  }),
  deleteDocumentComment: route({
    method: 'DELETE', path: `${D}/comments/:threadId/comments/:commentId`, tag: 'documents', summary: 'Remove a comment; a marker stays', access: 'session',
    params: CommentParams, response: CommentThread, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  resolveThread: route({
    method: 'PUT', path: `${D}/comments/:threadId/resolved`, tag: 'documents', summary: 'Resolve or reopen a thread', access: 'session',
    params: ThreadParams, body: ResolveThreadBody, response: CommentThread, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  documentVersions: route({
    method: 'GET', path: `${D}/versions`, tag: 'documents', summary: 'Named versions, newest first (members)', access: 'session',
    params: DocumentParams, response: DocumentVersionList, status: 200, errors: ['forbidden'],
  }),
  saveDocumentVersion: route({
    method: 'POST', path: `${D}/versions`, tag: 'documents', summary: 'Save a named version (editors)', access: 'session',
    params: DocumentParams, body: SaveVersionBody, response: DocumentVersion, status: 201, errors: ['forbidden', 'network_archived'],
  }),
  documentVersion: route({
    method: 'GET', path: `${D}/versions/:versionId`, tag: 'documents', summary: 'A version as safe HTML and Markdown', access: 'session',
    params: VersionParams, response: VersionView, status: 200, errors: ['forbidden'],
  }),
  compareDocumentVersion: route({
    method: 'GET', path: `${D}/versions/:versionId/comparison`, tag: 'documents', summary: 'A version compared with now', access: 'session',
    params: VersionParams, response: VersionComparison, status: 200, errors: ['forbidden'],
  }),
  restoreDocumentVersion: route({
    method: 'POST', path: `${D}/versions/:versionId/restore`, tag: 'documents', summary: 'Restore a version as a new change (editors)', access: 'session',
    params: VersionParams, response: DocumentVersion, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  exportDocumentMarkdown: route({
    method: 'GET', path: `${D}/export.md`, tag: 'documents', summary: 'Export as Markdown', access: 'session',
    params: DocumentParams, status: 200, errors: ['forbidden'],
  }),
  printDocument: route({
    method: 'GET', path: `${D}/print`, tag: 'documents', summary: 'Printable page', access: 'session',
    params: DocumentParams, status: 200, errors: ['forbidden'],
  }),
} as const;
