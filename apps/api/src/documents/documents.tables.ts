import { bigint, customType, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
  },
  (t) => [primaryKey({ columns: [t.documentId, t.seq] })],
);
