import { z } from 'zod';
import { Id } from './common';
import { CreatePageBody, DocumentSummary, MinutesDocument, PageList, RenamePageBody, ReorderPagesBody } from './documents';
import type { RouteSpec } from './routes';

const route = <const R extends RouteSpec>(spec: R): R => spec;

const NetworkParams = z.object({ networkId: Id });
const DocumentParams = z.object({ networkId: Id, documentId: Id });
const MeetingParams = z.object({ networkId: Id, meetingId: Id });
const Pages = '/api/networks/:networkId/pages';
const Minutes = '/api/networks/:networkId/meetings/:meetingId/minutes-document';

/**
 * The HTTP side of co-edited documents: practice pages (a small wiki per network) and a meeting's
 * minutes. The content itself travels over the socket (doc.open / doc.message), never over HTTP.
 */
export const documentRoutes = {
  practicePages: route({
    method: 'GET', path: Pages, tag: 'documents', summary: 'The practice pages of a network, in the facilitators’ order (members)', access: 'session',
    params: NetworkParams, response: PageList, status: 200, errors: ['forbidden'],
  }),
  createPracticePage: route({
    method: 'POST', path: Pages, tag: 'documents', summary: 'Start a practice page (members)', access: 'session',
    params: NetworkParams, body: CreatePageBody, response: DocumentSummary, status: 201, errors: ['forbidden', 'network_archived'],
  }),
  renamePracticePage: route({
    method: 'PATCH', path: `${Pages}/:documentId`, tag: 'documents', summary: 'Give a practice page another title (members)', access: 'session',
    params: DocumentParams, body: RenamePageBody, response: DocumentSummary, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  reorderPracticePages: route({
    method: 'PUT', path: `${Pages}/order`, tag: 'documents', summary: 'Put the practice pages in a new order (facilitators; 409 when the list is out of date)', access: 'session',
    params: NetworkParams, body: ReorderPagesBody, response: PageList, status: 200, errors: ['forbidden', 'network_archived', 'stale_order'],
  }),
  deletePracticePage: route({
    method: 'DELETE', path: `${Pages}/:documentId`, tag: 'documents', summary: 'Delete a practice page; open editors are closed (members)', access: 'session',
    params: DocumentParams, status: 204, errors: ['forbidden', 'network_archived'],
  }),
  document: route({
    method: 'GET', path: '/api/networks/:networkId/documents/:documentId', tag: 'documents', summary: 'What a document is: its title, kind and dates (members)', access: 'session',
    params: DocumentParams, response: DocumentSummary, status: 200, errors: ['forbidden'],
  }),
  minutesDocument: route({
    method: 'GET', path: Minutes, tag: 'documents', summary: 'A meeting’s minutes document, made on first request (members)', access: 'session',
    params: MeetingParams, response: MinutesDocument, status: 200, errors: ['forbidden'],
  }),
  publishMinutes: route({
    method: 'POST', path: `${Minutes}/publish`, tag: 'documents', summary: 'Publish the minutes as a read-only version members see first (facilitators)', access: 'session',
    params: MeetingParams, response: MinutesDocument, status: 200, errors: ['forbidden', 'network_archived'],
  }),
} as const;
