import { z } from 'zod';
import { Id, Timestamp } from './common';

/**
 * A reusable step-through: ordered steps, one current, a deadline the server sets. Meetings step
 * through agenda items; intervision sessions will step through a method's phases. The owning
 * capability provides the steps and checks access; this only keeps the position and the clock.
 * An intervision session's position and viewers reach its participants only, never the whole network.
 */
export const LiveSubjectKind = z.enum(['meeting', 'intervision']);
export type LiveSubjectKind = z.infer<typeof LiveSubjectKind>;

export const LiveStep = z.object({ id: Id, title: z.string(), minutes: z.number().int().min(0) });
export type LiveStep = z.infer<typeof LiveStep>;

export const LiveState = z.object({
  subjectKind: LiveSubjectKind,
  subjectId: Id,
  networkId: Id,
  /** idle: never started; running: one step is current; ended. */
  status: z.enum(['idle', 'running', 'ended']),
  steps: z.array(LiveStep),
  currentStepId: Id.nullable(),
  currentStartedAt: Timestamp.nullable(),
  /** When the current step's timebox runs out, computed by the server: every screen counts down to this. */
  currentEndsAt: Timestamp.nullable(),
  startedAt: Timestamp.nullable(),
  endedAt: Timestamp.nullable(),
  /** The server's clock when this was sent: clients count down with their offset to it, not their own clock. */
  serverNow: Timestamp,
});
export type LiveState = z.infer<typeof LiveState>;

/** Facilitators move the step-through; `previous`/`next` go one step, `goto` to a named one. */
export const LiveMoveBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('start') }),
  z.object({ action: z.literal('next') }),
  z.object({ action: z.literal('previous') }),
  z.object({ action: z.literal('goto'), stepId: Id }),
  z.object({ action: z.literal('end') }),
]);
export type LiveMoveBody = z.infer<typeof LiveMoveBody>;

/** Who has the step-through open now (socket presence on the subject's page). */
export const LiveViewer = z.object({ userId: Id, displayName: z.string() });
export type LiveViewer = z.infer<typeof LiveViewer>;
export const LiveWatchQuery = z.object({ subjectKind: LiveSubjectKind, subjectId: Id });
export type LiveWatchQuery = z.infer<typeof LiveWatchQuery>;
