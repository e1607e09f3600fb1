import { Inject, Injectable } from '@nestjs/common';
import { prosemirrorToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { DOCUMENT_FRAGMENT, type DocumentVersion, type Me, type VersionComparison, type VersionView } from '@broedplaats/contracts';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database, type Tx } from '../core/database/database';
import { notFound } from '../core/errors';
import { EventBus } from '../core/events';
import { inTransaction, type AfterCommit } from '../core/transaction';
import { compareText } from './document-compare';
import { DocumentGate } from './document-gate';
import { DocumentRelay } from './document-relay';
import { documentHtml, documentMarkdown, documentNode, documentTextBlocks } from './document-render';
import { DocumentStore } from './document-store';
import { updateMessage } from './document-sync';
import { DocumentVersionsRepository } from './document-versions.repository';
import { DocumentsRepository } from './documents.repository';
import { LoadedDocuments } from './loaded-documents';
import './documents.events';

/** A document as it is now, rendered for an export. */
export type RenderedDocument = { title: string; markdown: string; html: string };
export type NewVersionOf = { networkId: string; documentId: string; name: string; by: string | null; automatic: boolean };

const docOf = (state: Uint8Array): Y.Doc => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
};
/** Renders a Yjs state (and frees the Y.Doc, which holds listeners and memory). */
function rendered<T>(state: Uint8Array, render: (node: ReturnType<typeof documentNode>) => T): T {
  const doc = docOf(state);
  try {
    return render(documentNode(doc));
  } finally {
    doc.destroy();
  }
}

/**
 * Named versions of a document: each a full Yjs state with who changed the document since the one
 * before; read, compared with now, restored as a new change (never by rewinding history). Also the
 * exports of the current state.
 */
@Injectable()
export class DocumentHistoryService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly versions: DocumentVersionsRepository,
    private readonly documents: DocumentsRepository,
    private readonly store: DocumentStore,
    private readonly loaded: LoadedDocuments,
    private readonly relay: DocumentRelay,
    private readonly access: DocumentGate,
    private readonly events: EventBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(user: Me, networkId: string, documentId: string): Promise<DocumentVersion[]> {
    await this.access.require(user, networkId, documentId, 'read');
    return this.versions.list(documentId);
  }

  save(user: Me, networkId: string, documentId: string, name: string): Promise<DocumentVersion> {
    return inTransaction(this.database.db, async (tx, afterCommit) => {
      await this.access.require(user, networkId, documentId, 'history', tx);
      return this.record(tx, afterCommit, { networkId, documentId, name, by: user.id, automatic: false });
    });
  }

  /**
   * Saves the stored state (every acknowledged edit) as a version, inside the caller's transaction:
   * the document's row is locked, so no update commits between the state and the list of who changed it.
   */
  async record(tx: Tx, afterCommit: AfterCommit, v: NewVersionOf): Promise<DocumentVersion> {
    if (!(await this.documents.lock(tx, v.networkId, v.documentId))) throw notFound('Document');
    const state = await this.store.state(v.documentId, tx);
    if (!state) throw notFound('Document');
    const changedBy = await this.versions.takeChangers(tx, v.documentId);
    const id = await this.versions.insert(tx, { documentId: v.documentId, name: v.name, state, createdBy: v.by, changedBy, automatic: v.automatic, at: this.clock.now() });
    const [version] = await this.versions.list(v.documentId, [id], tx);
    afterCommit(() => this.events.publish('document.versioned', { networkId: v.networkId, documentId: v.documentId, version }));
    return version;
  }

  async view(user: Me, networkId: string, documentId: string, versionId: string): Promise<VersionView> {
    const { version, state } = await this.version(user, networkId, documentId, versionId);
    return { version, ...rendered(state, (node) => ({ html: documentHtml(node), markdown: documentMarkdown(node) })) };
  }

  async compare(user: Me, networkId: string, documentId: string, versionId: string): Promise<VersionComparison> {
    const { version, state } = await this.version(user, networkId, documentId, versionId);
    const now = await this.store.state(documentId);
    if (!now) throw notFound('Document');
    return { version, changes: compareText(rendered(state, documentTextBlocks), rendered(now, documentTextBlocks)) };
  }

  /**
   * Saves the current state as an automatic version, then makes the live document's content equal to
   * the version's in one new change on the loaded copy (y-tiptap's diff keeps unchanged passages, and
   * so the comments anchored in them), stored and sent to open editors as an editor's update would be.
   */
  async restore(user: Me, networkId: string, documentId: string, versionId: string): Promise<DocumentVersion> {
    const { version, state } = await this.version(user, networkId, documentId, versionId, 'history');
    const backup = await inTransaction(this.database.db, async (tx, afterCommit) => {
      await this.access.require(user, networkId, documentId, 'history', tx);
      return this.record(tx, afterCommit, { networkId, documentId, name: `Vóór terugzetten van “${version.name}”`, by: user.id, automatic: true });
    });
    const target = rendered(state, (node) => node);
    const change = await this.loaded.change(documentId, (doc) => prosemirrorToYXmlFragment(target, doc.getXmlFragment(DOCUMENT_FRAGMENT)), user.id);
    if (change) {
      this.relay.toEditors(documentId, updateMessage(change.update));
      this.relay.shareUpdate(documentId, change.seq, change.update);
    }
    return backup;
  }

  async current(user: Me, networkId: string, documentId: string): Promise<RenderedDocument> {
    await this.access.require(user, networkId, documentId, 'read');
    const [summary, state] = await Promise.all([this.documents.summary(networkId, documentId), this.store.state(documentId)]);
    if (!summary || !state) throw notFound('Document');
    return { title: summary.title, ...rendered(state, (node) => ({ html: documentHtml(node), markdown: documentMarkdown(node) })) };
  }

  private async version(user: Me, networkId: string, documentId: string, versionId: string, need: 'read' | 'history' = 'read') {
    await this.access.require(user, networkId, documentId, need);
    const found = await this.versions.one(documentId, versionId);
    if (!found) throw notFound('Version');
    return found;
  }
}
