import { Injectable } from '@nestjs/common';
import { EventBus } from '../core/events';
import { LiveListener, type DomainHandlers } from '../core/live-listener';
import { LivePublisher } from '../core/live-publisher';
import './agenda.events';

/** The agenda is members' content: everything goes to the network's room, nothing further. */
@Injectable()
export class AgendaLive extends LiveListener {
  constructor(events: EventBus, live: LivePublisher) {
    super(events, live);
  }

  protected handlers(): DomainHandlers {
    return {
      'question.proposed': ({ networkId, question }) => this.live.toNetwork(networkId, 'question.created', { networkId, question }),
      'question.statusChanged': ({ networkId, question }) => this.live.toNetwork(networkId, 'question.updated', { networkId, question }),
      'question.changed': ({ networkId, question }) => this.live.toNetwork(networkId, 'question.updated', { networkId, question }),
      'comment.posted': ({ networkId, questionId, comment, commentCount }) => this.live.toNetwork(networkId, 'question.commented', { networkId, questionId, comment, commentCount }),
      'round.changed': ({ networkId, round }) => this.live.toNetwork(networkId, 'round.updated', { networkId, round }),
    };
  }
}
