import { z } from 'zod';
import { Id, Timestamp } from './common';
import { AgendaPerson } from './agenda';

/**
 * Named versions of a co-edited document ("vastgesteld verslag 12 maart"): each a full Yjs state, so
 * garbage collection stays on and history never grows the document itself. Restoring makes a new change.
 */
export const DocumentVersion = z.object({
  id: Id,
  documentId: Id,
  name: z.string(),
  createdBy: AgendaPerson.nullable(),
  createdAt: Timestamp,
  /** Who changed the document between the previous version and this one. */
  changedBy: z.array(AgendaPerson),
  /** Made by the server, before a restore or when minutes are published. */
  automatic: z.boolean(),
});
export type DocumentVersion = z.infer<typeof DocumentVersion>;
export const DocumentVersionList = z.array(DocumentVersion);

export const SaveVersionBody = z.object({ name: z.string().trim().min(1, 'Give the version a name').max(120) });
export type SaveVersionBody = z.input<typeof SaveVersionBody>;

/** A version to read: its rendered page (escaped HTML, safe links only) and its Markdown. */
export const VersionView = z.object({ version: DocumentVersion, html: z.string(), markdown: z.string() });
export type VersionView = z.infer<typeof VersionView>;

/** A version compared with now, on the rendered text: runs of words kept, added since, or removed since. */
export const VersionComparison = z.object({
  version: DocumentVersion,
  changes: z.array(z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() })),
});
export type VersionComparison = z.infer<typeof VersionComparison>;
