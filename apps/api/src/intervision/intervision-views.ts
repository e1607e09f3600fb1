import { Injectable } from '@nestjs/common';
import type { Contribution, IntervisionSessionSummary, LiveStep, SessionRole } from '@broedplaats/contracts';
import { roleIn } from '@broedplaats/domain';
import type { Db, Tx } from '../core/database/database';
import { IntervisionRepository, type ContributionRow, type PersonRow, type SessionRow } from './intervision.repository';
import type { SessionMethod } from './intervision.tables';

/** A session's phases as the step-through's steps. */
export const stepsOf = (method: SessionMethod): LiveStep[] => method.phases.map((p) => ({ id: p.stepId, title: p.name.nl, minutes: p.minutes }));
export const subjectOf = (row: Pick<SessionRow, 'id' | 'networkId'>) => ({ kind: 'intervision' as const, id: row.id, networkId: row.networkId });

/** Builds what the contracts answer from rows: names looked up once per answer. */
@Injectable()
export class IntervisionViews {
  constructor(private readonly sessions: IntervisionRepository) {}

  async summaries(rows: SessionRow[], viewerId: string, db?: Db | Tx): Promise<IntervisionSessionSummary[]> {
    const people = await this.sessions.people(rows.map((r) => r.id), db);
    const names = await this.sessions.names([...[...people.values()].flat().map((p) => p.userId), ...rows.map((r) => r.plannedById)], db);
    return rows.map((row) => this.summary(row, people.get(row.id)!, viewerId, names));
  }

  summary(row: SessionRow, people: PersonRow[], viewerId: string, names: Map<string, { id: string; displayName: string }>): IntervisionSessionSummary {
    const role: SessionRole | null = roleIn({ userId: viewerId, role: 'member' }, { people });
    const person = (id: string) => names.get(id) ?? { id, displayName: '' };
    return {
      id: row.id,
      networkId: row.networkId,
      title: row.title,
      startsAt: row.startsAt.toISOString(),
      method: { id: row.methodId, name: row.method.name },
      status: row.status,
      people: people.map((p) => ({ person: person(p.userId), role: p.role })),
      plannedBy: row.plannedById ? person(row.plannedById) : null,
      myRole: role ?? 'planner',
      erasedAt: row.erasedAt?.toISOString() ?? null,
      endedAt: row.endedAt?.toISOString() ?? null,
    };
  }

  contribution(row: ContributionRow, text: string, names: Map<string, { id: string; displayName: string }>): Contribution {
    return {
      id: row.id, phaseKey: row.phaseKey, kind: row.kind, author: row.authorId ? (names.get(row.authorId) ?? null) : null, text, takenAway: row.takenAway, createdAt: row.createdAt.toISOString(),
    };
  }
}
