import { Injectable } from '@nestjs/common';
import type { Me } from '@broedplaats/contracts';
import { documentMode, mayChangeHistory, mayCommentOn, mayReadDocumentWork, type DocumentMode } from '@broedplaats/domain';
import type { Tx } from '../core/database/database';
import { forbidden, notFound } from '../core/errors';
import { NetworkGate, type Standing } from '../networks/network-gate';
import { DocumentsRepository, type DocumentHead } from './documents.repository';

/** What the work around a document needs: reading (comments, versions, exports), commenting, or changing its history. */
export type DocumentNeed = 'read' | 'comment' | 'history';
export type DocumentStandingNow = { head: DocumentHead; standing: Standing; mode: DocumentMode };

const rules: Record<DocumentNeed, (mode: DocumentMode) => boolean> = { read: mayReadDocumentWork, comment: mayCommentOn, history: mayChangeHistory };

/**
 * The one access check of comments, history and exports: the network's rule first (members; an
 * archived network answers 409 network_archived to any change), then the document kind's rule
 * (`documentMode`), as the socket applies it when the document is opened.
 */
@Injectable()
export class DocumentGate {
  constructor(
    private readonly gate: NetworkGate,
    private readonly documents: DocumentsRepository,
  ) {}

  async require(user: Me, networkId: string, documentId: string, need: DocumentNeed, tx?: Tx): Promise<DocumentStandingNow> {
    const standing = await this.gate.requireAccess(user, need === 'read' ? 'documents.read' : 'documents.write', networkId, tx ? { tx } : {});
    const head = await this.documents.head(documentId, tx);
    // A document of another network is not found here, whatever its id.
    if (!head || head.networkId !== networkId) throw notFound('Document');
    const mode = documentMode(head.kind, { role: standing.role, archived: standing.network.archivedAt !== null, published: head.published });
    if (!rules[need](mode)) throw forbidden(need === 'history' ? 'Only who may edit this document saves or restores versions' : 'Only members of its network see this document');
    return { head, standing, mode };
  }
}
