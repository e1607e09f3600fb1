import { z } from 'zod';
import { Id, multiline, Timestamp } from './common';
import { AgendaPerson, COMMENT_MAX } from './agenda';

/**
 * Comments on a passage of a co-edited document. The passage is kept as two Yjs relative positions
 * (base64 of `Y.encodeRelativePosition`), so it follows the text as others edit; `quote` is the text as
 * it was when the comment was made, shown when the passage has been deleted since.
 */
const RelativePosition = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Not a position').max(512, 'Not a position');
export const CommentAnchor = z.object({ start: RelativePosition, end: RelativePosition });
export type CommentAnchor = z.infer<typeof CommentAnchor>;

export const DocumentComment = z.object({
  id: Id,
  documentId: Id,
  /** Replies hang under the comment that opened the thread; one level deep. */
  parentId: Id.nullable(),
  author: AgendaPerson.nullable(),
  /** Empty once removed: the marker stays so replies keep their place. */
  text: z.string(),
  mentions: z.array(AgendaPerson),
  deleted: z.boolean(),
  createdAt: Timestamp,
  editedAt: Timestamp.nullable(),
});
export type DocumentComment = z.infer<typeof DocumentComment>;

export const CommentThread = z.object({
  id: Id,
  documentId: Id,
  anchor: CommentAnchor,
  quote: z.string(),
  resolved: z.object({ by: AgendaPerson.nullable(), at: Timestamp }).nullable(),
  /** The opening comment first, then the replies, oldest first. */
  comments: z.array(DocumentComment).min(1),
});
export type CommentThread = z.infer<typeof CommentThread>;
export const CommentThreadList = z.array(CommentThread);

const text = multiline(COMMENT_MAX).pipe(z.string().min(1, 'Write something'));
const mentionedUserIds = z.array(Id).max(20).refine((ids) => new Set(ids).size === ids.length, 'Each person once');
export const OpenThreadBody = z.object({ anchor: CommentAnchor, quote: multiline(1000), text, mentionedUserIds: mentionedUserIds.default([]) });
export type OpenThreadBody = z.input<typeof OpenThreadBody>;
export const ReplyBody = z.object({ text, mentionedUserIds: mentionedUserIds.default([]) });
export type ReplyBody = z.input<typeof ReplyBody>;
export const ResolveThreadBody = z.object({ resolved: z.boolean() });
export type ResolveThreadBody = z.input<typeof ResolveThreadBody>;
