import type { ClientEventAck, ClientEventPayload } from '@broedplaats/contracts';
import type { LiveSocket } from '../../../lib/socket';

type DocumentEvent = 'doc.open' | 'doc.message' | 'doc.close';

/** The little of socket.io a document provider uses; tests hand it a fake. */
export type SyncSocket = {
  readonly connected: boolean;
  onConnection(connect: () => void, disconnect: () => void): () => void;
  send<K extends DocumentEvent>(event: K, payload: ClientEventPayload<K>, ack?: (answer: ClientEventAck<K>) => void): void;
};

/** The app's one socket.io connection, seen as a SyncSocket. */
export function syncSocket(socket: LiveSocket): SyncSocket {
  return {
    get connected() {
      return socket.connected;
    },
    onConnection(connect, disconnect) {
      socket.on('connect', connect);
      socket.on('disconnect', disconnect);
      return () => {
        socket.off('connect', connect);
        socket.off('disconnect', disconnect);
      };
    },
    send(event, payload, ack) {
      // socket.io buffers what is emitted while disconnected and sends it after the next handshake, before
      // the document is opened again there: the server would refuse it. Never emit while disconnected.
      if (!socket.connected) return;
      (socket.emit as (event: string, payload: unknown, ack: (answer: unknown) => void) => void)(event, payload, (answer) => ack?.(answer as never));
    },
  };
}
