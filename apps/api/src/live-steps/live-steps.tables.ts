import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LiveSubjectKind } from '@broedplaats/contracts';
import { users } from '../auth/auth.tables';
import { networks } from '../networks/networks.tables';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Where a step-through stands, per subject (a meeting, later an intervision session). The steps
 * themselves belong to the subject's capability; this keeps only which is current and its deadline.
 */
export const liveStepRuns = pgTable(
  'live_step_runs',
  {
    subjectKind: text('subject_kind').$type<LiveSubjectKind>().notNull(),
    subjectId: uuid('subject_id').notNull(),
    networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
    status: text('status').$type<'running' | 'ended'>().notNull(),
    currentStepId: uuid('current_step_id'),
    currentStartedAt: at('current_started_at'),
    /** Computed here from the step's timebox: the one deadline every screen counts down to. */
    currentEndsAt: at('current_ends_at'),
    startedAt: at('started_at').notNull(),
    endedAt: at('ended_at'),
    startedBy: uuid('started_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.subjectKind, t.subjectId] })],
);
