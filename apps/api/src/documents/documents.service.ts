import { Inject, Injectable } from '@nestjs/common';
import { toBase64 } from 'lib0/buffer';
import type { DocumentSummary, Me, PracticePageList, PublishedDocument } from '@broedplaats/contracts';
import { documentMode, isSameSet, mayDeletePracticePage, type DocumentMode, type NetworkPermission } from '@broedplaats/domain';
import { ActivityLog } from '../activity/activity-log';
import { CacheInvalidation } from '../core/cache-invalidation';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database, type Tx } from '../core/database/database';
import { AppError, forbidden, notFound } from '../core/errors';
import { EventBus } from '../core/events';
import { inTransaction, type AfterCommit } from '../core/transaction';
import { MeetingsRepository } from '../meetings/meetings.repository';
import { NetworkGate, type Standing } from '../networks/network-gate';
import { documentState, paragraphsOf } from './document-content';
import { DocumentHistoryService } from './document-history.service';
import { DocumentStore } from './document-store';
import { DocumentsRepository, type DocumentHead } from './documents.repository';
import { mergeThroughDoc } from './merge-through-doc';
import './documents.events';

/** The publishing date in an automatic version's name ("Gepubliceerd 12 maart 2026"), as the network reads it. */
const publishedDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

/** What an opened document is to one person: its network and kind, and what they may do with it. */
export type DocumentAccess = { documentId: string; networkId: string; kind: DocumentHead['kind']; mode: DocumentMode };

/**
 * Documents' metadata over HTTP (practice pages, minutes, publishing) and the access judgement a
 * socket asks for when it opens one. The content itself travels over the socket (documents.gateway).
 */
@Injectable()
export class DocumentsService {
  private readonly db;

  constructor(
    @Inject(DATABASE) database: Database,
    private readonly documents: DocumentsRepository,
    private readonly store: DocumentStore,
    private readonly meetings: MeetingsRepository,
    private readonly gate: NetworkGate,
    private readonly activity: ActivityLog,
    private readonly invalidation: CacheInvalidation,
    private readonly events: EventBus,
    private readonly history: DocumentHistoryService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.db = database.db;
  }

  /** For a socket: null when the document does not exist or the person may not see it (one answer for both). */
  async accessOf(userId: string, documentId: string): Promise<DocumentAccess | null> {
    const head = await this.documents.head(documentId);
    if (!head) return null;
    try {
      // The kind's rule decides; the network's rule only says whether they are a member at all.
      const standing = await this.gate.requireAccess({ id: userId, isPlatformAdmin: false }, 'documents.read', head.networkId);
      const mode = documentMode(head.kind, { role: standing.role, archived: standing.network.archivedAt !== null, published: head.published });
      return { documentId, networkId: head.networkId, kind: head.kind, mode };
    } catch (error) {
      if (error instanceof AppError) return null;
      throw error;
    }
  }

  async practicePages(user: Me, networkId: string): Promise<PracticePageList> {
    await this.gate.requireAccess(user, 'documents.read', networkId);
    return this.documents.summaries(networkId, { kind: 'practice_page' });
  }

  async document(user: Me, networkId: string, documentId: string): Promise<DocumentSummary> {
    await this.gate.requireAccess(user, 'documents.read', networkId);
    return this.found(await this.documents.summary(networkId, documentId));
  }

  createPracticePage(user: Me, networkId: string, title: string): Promise<DocumentSummary> {
    return this.change(user, 'documents.write', networkId, async (tx, afterCommit) => {
      const at = this.clock.now();
      const position = await this.documents.nextPosition(tx, networkId);
      const documentId = await this.documents.insert(tx, { networkId, kind: 'practice_page', title, position, createdBy: user.id, snapshot: documentState([]), at });
      await this.activity.record(tx, afterCommit, { networkId, kind: 'practicePage.created', actorId: user.id, subjectId: documentId, permission: 'documents.read', data: { title } });
      return documentId;
    });
  }

  renamePracticePage(user: Me, networkId: string, documentId: string, title: string): Promise<DocumentSummary> {
    return this.change(user, 'documents.write', networkId, async (tx) => {
      await this.page(tx, networkId, documentId);
      await this.documents.rename(tx, networkId, documentId, title, this.clock.now());
      return documentId;
    });
  }

  /** Under the network's lock: an order made from an out-of-date list is refused, never half applied. */
  async reorderPracticePages(user: Me, networkId: string, documentIds: string[]): Promise<PracticePageList> {
    await inTransaction(this.db, async (tx) => {
      await this.gate.requireAccess(user, 'documents.manage', networkId, { tx, lock: true });
      if (!isSameSet(await this.documents.pageIds(tx, networkId), documentIds)) throw new AppError('stale_order', 'The pages changed meanwhile; look at them again');
      await this.documents.reorder(tx, networkId, documentIds);
    });
    return this.documents.summaries(networkId, { kind: 'practice_page' });
  }

  async deletePracticePage(user: Me, networkId: string, documentId: string): Promise<void> {
    await inTransaction(this.db, async (tx, afterCommit) => {
      const standing = await this.gate.requireAccess(user, 'documents.write', networkId, { tx });
      const page = await this.page(tx, networkId, documentId);
      if (!mayDeletePracticePage(page, { userId: user.id, role: standing.role })) throw forbidden('Only who started the page or a facilitator deletes it');
      await this.documents.delete(tx, networkId, documentId);
      afterCommit(() => this.events.publish('document.deleted', { networkId, documentId }));
    });
  }

  /** The meeting's minutes document, made on first request with its plain-text minutes as paragraphs. */
  async minutes(user: Me, networkId: string, meetingId: string): Promise<DocumentSummary> {
    await this.gate.requireAccess(user, 'documents.read', networkId);
    const existing = await this.documents.minutesOf(networkId, meetingId);
    if (existing) return this.found(await this.documents.summary(networkId, existing));
    const documentId = await inTransaction(this.db, async (tx) => {
      const meeting = await this.meetings.find(networkId, meetingId, tx);
      if (!meeting) throw notFound('Meeting');
      return this.createMinutes(tx, { networkId, meetingId, title: meeting.title, plain: meeting.minutes, createdBy: meeting.createdBy });
    });
    return this.found(await this.documents.summary(networkId, documentId));
  }

  /** Also the demo's path: existing plain-text minutes become the document's first content. */
  createMinutes(tx: Tx, m: { networkId: string; meetingId: string; title: string; plain: string; createdBy: string | null }): Promise<string> {
    return this.documents.insertMinutes(tx, {
      networkId: m.networkId, kind: 'minutes', meetingId: m.meetingId, title: m.title, createdBy: m.createdBy, snapshot: documentState(paragraphsOf(m.plain)), at: this.clock.now(),
    });
  }

  /** The stored state (every acknowledged edit) becomes the version members see first; editors are judged again. */
  async publishMinutes(user: Me, networkId: string, meetingId: string): Promise<DocumentSummary> {
    await this.gate.requireAccess(user, 'documents.manage', networkId);
    const { id: documentId } = await this.minutes(user, networkId, meetingId);
    await inTransaction(this.db, async (tx, afterCommit) => {
      await this.gate.requireAccess(user, 'documents.manage', networkId, { tx });
      if (!(await this.documents.lock(tx, networkId, documentId))) throw notFound('Document');
      const stored = await this.store.since(documentId, -1, tx);
      const state = mergeThroughDoc([...(stored?.snapshot ? [stored.snapshot] : []), ...(stored?.rows ?? []).map((r) => r.update)]);
      await this.documents.publish(tx, networkId, documentId, state, user.id, this.clock.now());
      await this.history.record(tx, afterCommit, { networkId, documentId, name: `Gepubliceerd ${publishedDate.format(this.clock.now())}`, by: user.id, automatic: true });
      // Members' open copies turn read-only: every instance judges its editors of this network again.
      afterCommit(() => this.invalidation.publish({ kind: 'network', networkId }));
    });
    return this.found(await this.documents.summary(networkId, documentId));
  }

  async published(user: Me, networkId: string, documentId: string): Promise<PublishedDocument> {
    await this.gate.requireAccess(user, 'documents.read', networkId);
    const published = await this.documents.published(networkId, documentId);
    if (!published) throw notFound('Published version');
    return { documentId, at: published.at.toISOString(), by: published.by, state: toBase64(published.state) };
  }

  private async page(tx: Tx, networkId: string, documentId: string): Promise<DocumentHead> {
    const head = await this.documents.lock(tx, networkId, documentId);
    if (!head || head.kind !== 'practice_page') throw notFound('Practice page');
    return head;
  }

  private found(summary: DocumentSummary | null): DocumentSummary {
    if (!summary) throw notFound('Document');
    return summary;
  }

  private async change(user: Me, permission: NetworkPermission, networkId: string, work: (tx: Tx, afterCommit: AfterCommit, standing: Standing) => Promise<string>): Promise<DocumentSummary> {
    const documentId = await inTransaction(this.db, async (tx, afterCommit) => work(tx, afterCommit, await this.gate.requireAccess(user, permission, networkId, { tx })));
    return this.found(await this.documents.summary(networkId, documentId));
  }
}
