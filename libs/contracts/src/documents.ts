import { z } from 'zod';
import { Id, Timestamp } from './common';
import { ErrorBody } from './errors';

/**
 * Co-edited documents: Yjs documents synced over the app's one socket.io connection with y-protocols'
 * sync and awareness messages. A document belongs to a network and has a kind; each kind supplies its
 * own access rule (libs/domain documents). Confidential content (intervision) is never a document.
 */
export const DocumentKind = z.enum(['minutes', 'practice_page']);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** The Tiptap/ProseMirror content lives in this fragment of the Y.Doc; comments' anchors point into it. */
export const DOCUMENT_FRAGMENT = 'content';

/** Limits the server enforces; the editor shows them before the server refuses. */
export const documentLimits = {
  /** One y-protocols message (a sync update or awareness update). */
  maxMessageBytes: 256 * 1024,
  /** The whole document, as a Yjs state update. */
  maxDocumentBytes: 4 * 1024 * 1024,
  /** Messages a socket may send per second, averaged over a few seconds. */
  maxMessagesPerSecond: 60,
  /** Documents one socket may have open at once. */
  maxOpenPerSocket: 20,
} as const;

/** Binary on the wire: socket.io gives a Buffer on Node and an ArrayBuffer in browsers. */
export const Bytes = z.custom<Uint8Array | ArrayBuffer>((value) => value instanceof Uint8Array || value instanceof ArrayBuffer, {
  message: 'Expected binary data',
});

export const DocumentRef = z.object({ documentId: Id });
export type DocumentRef = z.infer<typeof DocumentRef>;

/** A y-protocols message: first varUint is the message type (0 sync, 1 awareness), as y-websocket frames them. */
export const DocumentMessage = z.object({ documentId: Id, message: Bytes });
export type DocumentMessage = z.infer<typeof DocumentMessage>;
export const DOC_MESSAGE_SYNC = 0;
export const DOC_MESSAGE_AWARENESS = 1;

/** What an open document says about itself to an editor; `readOnly` for archived networks and published minutes. */
export const DocumentOpened = z.object({ documentId: Id, networkId: Id, kind: DocumentKind, readOnly: z.boolean() });
export type DocumentOpened = z.infer<typeof DocumentOpened>;

export const DocumentOpenAck = z.union([DocumentOpened, ErrorBody]);
/** `ok` once the message was applied and stored (an edit that is acknowledged survives a restart). */
export const DocumentMessageAck = z.union([z.object({ ok: z.literal(true) }), ErrorBody]);
export const DocumentCloseAck = z.union([z.object({ ok: z.literal(true) }), ErrorBody]);

/**
 * Why the server closed a document for a socket: the person lost access, the document is gone, or what
 * they may do with it changed (network archived, minutes published): open it again to learn `readOnly`.
 */
export const DocumentClosed = z.object({ documentId: Id, reason: z.enum(['access_lost', 'deleted', 'access_changed']) });
export type DocumentClosed = z.infer<typeof DocumentClosed>;

const DocumentPerson = z.object({ userId: Id, displayName: z.string() });

/**
 * Metadata of a document, as lists and pages show it. `position` orders a network's practice pages
 * (null for minutes); `meetingId` is the meeting of minutes (null for practice pages); `published` is
 * set once a facilitator published minutes (members see that version first).
 */
export const DocumentSummary = z.object({
  id: Id,
  networkId: Id,
  kind: DocumentKind,
  title: z.string(),
  createdBy: DocumentPerson.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  position: z.number().int().nullable(),
  meetingId: Id.nullable(),
  published: z.object({ at: Timestamp, by: DocumentPerson.nullable() }).nullable(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/** A network's practice pages in the facilitator's order. */
export const PracticePageList = z.array(DocumentSummary);
export type PracticePageList = z.infer<typeof PracticePageList>;

const PageTitle = z.string().trim().min(1).max(200);
export const PracticePageBody = z.object({ title: PageTitle });
export type PracticePageBody = z.input<typeof PracticePageBody>;
/** Every page of the network, in the new order; a list made from an out-of-date view answers 409 stale_order. */
export const ReorderPracticePagesBody = z.object({ documentIds: z.array(Id).min(1).max(500) });
export type ReorderPracticePagesBody = z.input<typeof ReorderPracticePagesBody>;

/**
 * The published version of minutes: a Yjs state update (base64) to load into an empty Y.Doc and show
 * read-only. Named versions and history come later; this is the one version members see first.
 */
export const PublishedDocument = z.object({ documentId: Id, at: Timestamp, by: DocumentPerson.nullable(), state: z.base64() });
export type PublishedDocument = z.infer<typeof PublishedDocument>;
