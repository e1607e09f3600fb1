import { Injectable } from '@nestjs/common';
import { EventBus } from '../core/events';
import { LiveListener, type DomainHandlers } from '../core/live-listener';
import { LivePublisher } from '../core/live-publisher';
import { DocumentRelay } from './document-relay';
import './documents.events';

/**
 * A deleted document is closed for everyone who has it open, on every instance; their access goes
 * as they leave its room. Only its editors hear it (`doc.closed` is for editors). Comments and
 * versions reach every member, like the document itself.
 */
@Injectable()
export class DocumentsLive extends LiveListener {
  constructor(
    events: EventBus,
    live: LivePublisher,
    private readonly relay: DocumentRelay,
  ) {
    super(events, live);
  }

  protected handlers(): DomainHandlers {
    return {
      'document.deleted': ({ documentId }) => this.relay.closeForAll(documentId, 'deleted'),
      // Comments and versions are members' content, as the document is: the network's room.
      'document.commented': ({ networkId, documentId, thread }) => this.live.toNetwork(networkId, 'document.commented', { networkId, documentId, thread }),
      'document.versioned': ({ networkId, documentId, version }) => this.live.toNetwork(networkId, 'document.versioned', { networkId, documentId, version }),
    };
  }
}
