import { bigint, boolean, customType, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { DocumentKind } from '@broedplaats/contracts';
import { users } from '../auth/auth.tables';
import { meetings } from '../meetings/meetings.tables';
import { networks } from '../networks/networks.tables';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
/** node-postgres answers bytea with a Buffer, PGlite with a Uint8Array: callers get a plain Uint8Array. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
});
const seq = (name: string) => bigint(name, { mode: 'number' });

/**
 * A co-edited Yjs document and its metadata. Its state is `snapshot` (the compacted updates up to
 * `snapshotSeq`) plus the rows of `document_updates` after it. `updateSeq` is the last sequence number
 * given out: appends raise it under this row's lock, so numbers commit in order per document.
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<DocumentKind>().notNull(),
    title: text('title').notNull(),
    /** Minutes: their meeting, one document each. */
    meetingId: uuid('meeting_id').unique().references(() => meetings.id, { onDelete: 'cascade' }),
    /** Practice pages: their place in the facilitators' order. */
    position: integer('position'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
    snapshot: bytea('snapshot').notNull(),
    snapshotSeq: seq('snapshot_seq').notNull().default(0),
    /** Bytes of the snapshot plus the updates after it: what the size limit is measured against. */
    storedBytes: integer('stored_bytes').notNull().default(0),
    updateSeq: seq('update_seq').notNull().default(0),
    /** Minutes a facilitator published: that state, read-only for members (named versions come later). */
    publishedState: bytea('published_state'),
    publishedAt: at('published_at'),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
    /**
     * Who stored updates since the last named version. Kept here rather than read from the updates'
     * authors because compaction merges those rows away; a version takes the list and empties it.
     */
    changedSinceVersion: uuid('changed_since_version').array().notNull().default([]),
  },
  (t) => [index('documents_network_kind_idx').on(t.networkId, t.kind, t.position)],
);

/** Updates as they arrived, append-only until compaction merges them into the snapshot. */
export const documentUpdates = pgTable(
  'document_updates',
  {
    documentId: uuid('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
    seq: seq('seq').notNull(),
    update: bytea('update').notNull(),
    at: at('at').notNull(),
    /** Who sent it (null for the server's own changes, or once their account is gone). */
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.seq] })],
);

/**
 * A comment thread on a passage: the passage as two Yjs relative positions (base64), so it follows the
 * text as others edit, and the text it had when the thread was opened (shown once it is deleted).
 */
export const documentCommentThreads = pgTable(
  'document_comment_threads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
    anchorStart: text('anchor_start').notNull(),
    anchorEnd: text('anchor_end').notNull(),
    quote: text('quote').notNull(),
    createdAt: at('created_at').notNull(),
    resolvedAt: at('resolved_at'),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('document_comment_threads_document_idx').on(t.documentId, t.createdAt)],
);

/** The comments of a thread: the opening one (no parent) and replies under it. Removal leaves a marker. */
export const documentComments = pgTable(
  'document_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    threadId: uuid('thread_id').notNull().references(() => documentCommentThreads.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id'),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    mentionedUserIds: uuid('mentioned_user_ids').array().notNull().default([]),
    createdAt: at('created_at').notNull(),
    editedAt: at('edited_at'),
    deletedAt: at('deleted_at'),
    deletedBy: uuid('deleted_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('document_comments_thread_idx').on(t.threadId, t.createdAt)],
);

/**
 * A named version: the document's full Yjs state at that moment (garbage collection stays on, so the
 * live document never grows with its history), and who changed the document since the version before.
 */
export const documentVersions = pgTable(
  'document_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    state: bytea('state').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull(),
    changedBy: uuid('changed_by').array().notNull().default([]),
    automatic: boolean('automatic').notNull().default(false),
  },
  (t) => [index('document_versions_document_idx').on(t.documentId, t.createdAt)],
);
