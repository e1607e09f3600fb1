import type { MethodPhase, NetworkRole, SessionRole, SessionStatus } from '@broedplaats/contracts';

/**
 * Who asks about an intervision session: their id and role in its network now (null: not a member,
 * or left). Platform admins and a facilitator-on-duty shift are deliberately absent: a session's
 * content is its participants' alone, and no platform or network role opens it.
 */
export type SessionReader = { userId: string; role: NetworkRole | null };
export type SessionFacts = {
  people: readonly { userId: string; role: SessionRole }[];
  plannedBy: string | null;
  status: SessionStatus;
  archived: boolean;
  /** The case and contributions were erased (retention or the case owner). */
  erased: boolean;
};
/**
 * summary: title, time, method, people; content: case, contributions, take-aways, audit; arrange:
 * title, time, method, roles (until it starts); lead: move phases; case: write or erase the case;
 * contribute; owner-only: take-aways and marking advice.
 */
export type SessionAction = 'summary' | 'content' | 'arrange' | 'lead' | 'case' | 'contribute' | 'take-aways';
/** `hidden` is answered as 404: a session does not exist for who is not in it. */
export type SessionVerdict = 'allowed' | 'hidden' | 'forbidden' | 'network_archived' | 'invalid_transition';

export function roleIn(reader: SessionReader, session: Pick<SessionFacts, 'people'>): SessionRole | null {
  if (reader.role === null) return null;
  return session.people.find((p) => p.userId === reader.userId)?.role ?? null;
}

/** The planner counts only while still a member; they see the summary and arrange, never the content. */
const isPlanner = (reader: SessionReader, session: Pick<SessionFacts, 'plannedBy'>) => reader.role !== null && session.plannedBy === reader.userId;

export function judgeSession(action: SessionAction, reader: SessionReader, session: SessionFacts): SessionVerdict {
  const role = roleIn(reader, session);
  const planner = isPlanner(reader, session);
  if (!role && !planner) return 'hidden';
  if (action === 'summary') return 'allowed';
  if (!role) return action === 'arrange' ? changing(session, session.status === 'planned') : 'hidden';
  // After erasure only the case owner keeps something (their take-aways).
  if (action === 'content') return 'allowed';
  const may =
    action === 'arrange' ? role === 'lead' || planner : action === 'lead' ? role === 'lead' : action === 'case' || action === 'take-aways' ? role === 'case-owner' : true;
  if (!may) return 'forbidden';
  if (action === 'arrange') return changing(session, session.status === 'planned');
  if (action === 'contribute' || action === 'case') return changing(session, !session.erased && session.status !== 'ended');
  return changing(session, true);
}

const changing = (session: Pick<SessionFacts, 'archived'>, stateAllows: boolean): SessionVerdict =>
  session.archived ? 'network_archived' : stateAllows ? 'allowed' : 'invalid_transition';

/** The ids a session's live events and presence reach: its participants and its planner (who sees the summary only). */
export function sessionAudience(session: Pick<SessionFacts, 'people' | 'plannedBy'>): string[] {
  return [...new Set([...session.people.map((p) => p.userId), ...(session.plannedBy ? [session.plannedBy] : [])])];
}

/**
 * What a contribution in the current phase becomes, or why not: a phase that collects nothing (or the
 * case, or the case owner's take-aways, which have their own routes) takes none; while the case owner
 * only listens, they cannot add.
 */
export function contributionIn(
  phase: Pick<MethodPhase, 'collects' | 'caseOwnerListensOnly'> | null,
  role: SessionRole,
): { kind: 'clarifying-questions' | 'hypotheses' | 'advice' | 'notes' } | 'not_running' | 'not_collecting' | 'listens_only' {
  if (!phase) return 'not_running';
  if (phase.collects === 'none' || phase.collects === 'case' || phase.collects === 'take-aways') return 'not_collecting';
  if (role === 'case-owner' && phase.caseOwnerListensOnly) return 'listens_only';
  return { kind: phase.collects };
}

/** The case owner writes the case before the session or while its case phase is current, not later. */
export function mayWriteCase(status: SessionStatus, currentPhase: Pick<MethodPhase, 'collects'> | null): boolean {
  return status === 'planned' || (status === 'running' && currentPhase?.collects === 'case');
}

/** When a session's case and contributions are erased: `days` after it ended (or, never run, after it was planned to start). */
export function erasureDue(session: { startsAt: Date; endedAt: Date | null }, days: number): Date {
  return new Date((session.endedAt ?? session.startsAt).getTime() + days * 86_400_000);
}
