import { Injectable } from '@nestjs/common';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { documentLimits } from '@broedplaats/contracts';
import type { DocumentAccess } from './documents.service';

/** A document one socket has open: what it may do, judged on open, and the awareness clients it speaks for. */
export type OpenDocument = DocumentAccess & { clients: Set<number> };

/** The contract's rate is per second averaged over this many seconds, so a short burst (a paste, a reconnect) passes. */
const AVERAGE_OVER_SECONDS = 5;

/**
 * Which documents each socket of this instance has open, with the access judged when it opened them:
 * every message is checked against this, never against the database. Entries go when the socket
 * leaves the document's room (close, disconnect, removal), so a refused person's updates are refused.
 */
@Injectable()
export class DocumentEditors {
  private readonly bySocket = new Map<string, Map<string, OpenDocument>>();
  private readonly limiter = new RateLimiterMemory({ points: documentLimits.maxMessagesPerSecond * AVERAGE_OVER_SECONDS, duration: AVERAGE_OVER_SECONDS });

  get(socketId: string, documentId: string): OpenDocument | undefined {
    return this.bySocket.get(socketId)?.get(documentId);
  }

  count(socketId: string): number {
    return this.bySocket.get(socketId)?.size ?? 0;
  }

  add(socketId: string, access: DocumentAccess): OpenDocument {
    const open: OpenDocument = { ...access, clients: this.get(socketId, access.documentId)?.clients ?? new Set() };
    const mine = this.bySocket.get(socketId) ?? new Map<string, OpenDocument>();
    mine.set(access.documentId, open);
    this.bySocket.set(socketId, mine);
    return open;
  }

  remove(socketId: string, documentId: string): OpenDocument | undefined {
    const mine = this.bySocket.get(socketId);
    const open = mine?.get(documentId);
    mine?.delete(documentId);
    if (mine && !mine.size) {
      this.bySocket.delete(socketId);
      void this.limiter.delete(socketId);
    }
    return open;
  }

  ofNetwork(socketId: string, networkId: string): OpenDocument[] {
    return [...(this.bySocket.get(socketId)?.values() ?? [])].filter((open) => open.networkId === networkId);
  }

  /** Every open document on this instance with its socket, for judging again after a change of rights. */
  *entries(): Generator<[string, OpenDocument]> {
    for (const [socketId, mine] of this.bySocket) for (const open of mine.values()) yield [socketId, open];
  }

  /** False when the socket is over the contract's message rate. */
  consume(socketId: string): Promise<boolean> {
    return this.limiter.consume(socketId).then(
      () => true,
      () => false,
    );
  }
}
