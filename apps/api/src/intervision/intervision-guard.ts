import { Injectable } from '@nestjs/common';
import type { Me, NetworkRole } from '@broedplaats/contracts';
import { judgeSession, type SessionAction, type SessionFacts } from '@broedplaats/domain';
import type { Tx } from '../core/database/database';
import { AppError, forbidden, notFound } from '../core/errors';
import { NetworkGate } from '../networks/network-gate';
import { IntervisionRepository, type PersonRow, type SessionRow } from './intervision.repository';

export type OpenSession = { row: SessionRow; people: PersonRow[]; role: NetworkRole | null; archived: boolean; facts: SessionFacts };

export const factsOf = (row: SessionRow, people: PersonRow[], archived: boolean): SessionFacts => ({
  people, plannedBy: row.plannedById, status: row.status, archived, erased: row.erasedAt !== null,
});

/**
 * The one access check for a session: the network's gate (members only; no on-duty shift opens
 * intervision), then `judgeSession`. Everyone the gate refuses, platform admins included, is told the
 * session does not exist (404), as is every member who is not in it.
 */
@Injectable()
export class IntervisionGuard {
  constructor(
    private readonly gate: NetworkGate,
    private readonly sessions: IntervisionRepository,
  ) {}

  async open(user: Pick<Me, 'id' | 'isPlatformAdmin'>, networkId: string, sessionId: string, action: SessionAction, tx?: Tx): Promise<OpenSession> {
    const standing = await this.gate.requireAccess(user, 'intervision.read', networkId, tx ? { tx } : {}).catch((error: unknown) => {
      throw error instanceof AppError && error.code === 'forbidden' ? notFound('Session') : error;
    });
    const row = tx ? await this.sessions.lock(tx, networkId, sessionId) : await this.sessions.find(networkId, sessionId);
    if (!row) throw notFound('Session');
    const people = (await this.sessions.people([row.id], tx)).get(row.id)!;
    const archived = standing.network.archivedAt !== null;
    const facts = factsOf(row, people, archived);
    const verdict = judgeSession(action, { userId: user.id, role: standing.role }, facts);
    if (verdict === 'hidden') throw notFound('Session');
    if (verdict === 'forbidden') throw forbidden('Your role in this session does not allow this');
    if (verdict === 'network_archived') throw new AppError('network_archived', 'This network is archived');
    if (verdict === 'invalid_transition') throw new AppError('invalid_transition', 'Not at this stage of the session');
    return { row, people, role: standing.role, archived, facts };
  }
}
