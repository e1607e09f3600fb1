import { z } from 'zod';
import { Id } from './common';
import { DocumentSummary, PracticePageBody, PracticePageList, PublishedDocument, ReorderPracticePagesBody } from './documents';
import type { RouteSpec } from './routes';

const route = <const R extends RouteSpec>(spec: R): R => spec;

const NetworkParams = z.object({ networkId: Id });
const DocumentParams = z.object({ networkId: Id, documentId: Id });
const MeetingParams = z.object({ networkId: Id, meetingId: Id });
const P = '/api/networks/:networkId/practice-pages';

/**
 * The documents capability's HTTP operations: metadata only (the content travels over the socket with
 * y-protocols). Kept apart so a web chunk can import just these; `routes` spreads them in.
 */
export const documentRoutes = {
  practicePages: route({
    method: 'GET', path: P, tag: 'documents', summary: 'The network’s practice pages, in the facilitators’ order (members)', access: 'session',
    params: NetworkParams, response: PracticePageList, status: 200, errors: ['forbidden'],
  }),
  createPracticePage: route({
    method: 'POST', path: P, tag: 'documents', summary: 'Start a practice page at the end of the list (any member)', access: 'session',
    params: NetworkParams, body: PracticePageBody, response: DocumentSummary, status: 201, errors: ['forbidden', 'network_archived'],
  }),
  reorderPracticePages: route({
    method: 'PUT', path: `${P}/order`, tag: 'documents', summary: 'Put every practice page in a new order (facilitators; 409 when the list is out of date)', access: 'session',
    params: NetworkParams, body: ReorderPracticePagesBody, response: PracticePageList, status: 200, errors: ['forbidden', 'network_archived', 'stale_order'],
  }),
  renamePracticePage: route({
    method: 'PATCH', path: `${P}/:documentId`, tag: 'documents', summary: 'Rename a practice page (any member)', access: 'session',
    params: DocumentParams, body: PracticePageBody, response: DocumentSummary, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  deletePracticePage: route({
    method: 'DELETE', path: `${P}/:documentId`, tag: 'documents', summary: 'Delete a practice page; open editors are closed (its creator or a facilitator)', access: 'session',
    params: DocumentParams, status: 204, errors: ['forbidden', 'network_archived'],
  }),
  document: route({
    method: 'GET', path: '/api/networks/:networkId/documents/:documentId', tag: 'documents', summary: 'A document’s title, kind and dates (members)', access: 'session',
    params: DocumentParams, response: DocumentSummary, status: 200, errors: ['forbidden'],
  }),
  publishedDocument: route({
    method: 'GET', path: '/api/networks/:networkId/documents/:documentId/published', tag: 'documents', summary: 'The published version of minutes, as a Yjs state (members; 404 before publishing)', access: 'session',
    params: DocumentParams, response: PublishedDocument, status: 200, errors: ['forbidden'],
  }),
  minutesDocument: route({
    method: 'GET', path: '/api/networks/:networkId/meetings/:meetingId/minutes-document', tag: 'documents', summary: 'The meeting’s co-edited minutes, made on first request from its plain-text minutes (members)', access: 'session',
    params: MeetingParams, response: DocumentSummary, status: 200, errors: ['forbidden'],
  }),
  publishMinutes: route({
    method: 'POST', path: '/api/networks/:networkId/meetings/:meetingId/minutes-document/publish', tag: 'documents', summary: 'Publish the minutes as they are now; members see this version first (facilitators)', access: 'session',
    params: MeetingParams, response: DocumentSummary, status: 200, errors: ['forbidden', 'network_archived'],
  }),
} as const;
