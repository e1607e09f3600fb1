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

/** Why the server closed a document for a socket: the person lost access, or the document is gone. */
export const DocumentClosed = z.object({ documentId: Id, reason: z.enum(['access_lost', 'deleted']) });
export type DocumentClosed = z.infer<typeof DocumentClosed>;

/** Metadata of a document, as lists and pages show it. */
export const DocumentSummary = z.object({
  id: Id,
  networkId: Id,
  kind: DocumentKind,
  title: z.string(),
  createdBy: z.object({ userId: Id, displayName: z.string() }).nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/** A practice page's title, as its list and its page show it. */
const PageTitle = z.string().trim().min(1).max(200);

export const PageList = z.array(DocumentSummary);
export type PageList = z.infer<typeof PageList>;

export const CreatePageBody = z.object({ title: PageTitle });
export type CreatePageBody = z.input<typeof CreatePageBody>;

export const RenamePageBody = z.object({ title: PageTitle });
export type RenamePageBody = z.input<typeof RenamePageBody>;

/** Every page of the network in the new order; 409 stale_order when the list has changed meanwhile. */
export const ReorderPagesBody = z.object({ documentIds: z.array(Id).min(1).max(500) });
export type ReorderPagesBody = z.input<typeof ReorderPagesBody>;

/** A meeting's minutes as a document; `published` once a facilitator published them (members see them first). */
export const MinutesDocument = DocumentSummary.extend({
  published: z
    .object({ publishedAt: Timestamp, publishedBy: z.object({ userId: Id, displayName: z.string() }).nullable() })
    .nullable(),
});
export type MinutesDocument = z.infer<typeof MinutesDocument>;
