import { z } from 'zod';
import { Id, page, PageQuery, Timestamp } from './common';
import { Invitation } from './invitations';
import { ParticipantCategory } from './networks';

/** A mail kept in the database because no SMTP server is configured; platform admins read them. */
export const OutboxMail = z.object({
  id: Id,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  createdAt: Timestamp,
});
export type OutboxMail = z.infer<typeof OutboxMail>;
export const OutboxPage = page(OutboxMail);
export type OutboxPage = z.infer<typeof OutboxPage>;
export const OutboxQuery = PageQuery;

export const MAX_INVITEES = 50;

/** Facilitators invite people by e-mail: one single-use invitation per address. */
export const InviteByEmailBody = z.object({
  invitees: z
    .array(z.object({ email: z.string().trim().toLowerCase().pipe(z.email().max(254)), category: ParticipantCategory }))
    .min(1)
    .max(MAX_INVITEES)
    .refine((list) => new Set(list.map((i) => i.email)).size === list.length, { message: 'An address appears twice' }),
  /** A personal word from the facilitator, put in every mail. */
  message: z.string().trim().max(2000).default(''),
  expiresInDays: z.number().int().min(1).max(90).default(14),
});
export type InviteByEmailBody = z.input<typeof InviteByEmailBody>;
export const InviteByEmailResult = z.object({ invitations: z.array(Invitation) });
export type InviteByEmailResult = z.infer<typeof InviteByEmailResult>;
