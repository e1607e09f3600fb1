import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { DOC_MESSAGE_SYNC, type ClientEventAck } from '@broedplaats/contracts';
import { documentLive } from '../live';
import { SocketProvider } from './provider';
import type { SyncSocket } from './sync-socket';

const documentId = '00000000-0000-4000-8000-0000000000d1';
const networkId = '00000000-0000-4000-8000-0000000000a1';

/**
 * A stand-in for the server's sync engine, only as far as the client needs: it keeps a Y.Doc, answers
 * doc.open with sync step 1 (as the contract says), replies to messages as y-protocols does, and
 * acknowledges each one, or holds acknowledgements back to play a slow or lost connection.
 */
function fakeServer() {
  const doc = new Y.Doc();
  const live = documentLive({} as never);
  let connected = false;
  let hold = false;
  const held: Array<() => void> = [];
  const listeners = new Set<{ connect: () => void; disconnect: () => void }>();
  const received: Uint8Array[] = [];
  const toClient = (message: Uint8Array) => live['doc.message']({ documentId, message });
  const step1 = () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, DOC_MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, doc);
    return encoding.toUint8Array(encoder);
  };
  const socket: SyncSocket = {
    get connected() {
      return connected;
    },
    onConnection(connect, disconnect) {
      const entry = { connect, disconnect };
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
    send(event, payload, ack) {
      if (!connected) return;
      const answer = (value: unknown) => (hold ? held.push(() => ack?.(value as never)) : ack?.(value as never));
      if (event === 'doc.open') {
        answer({ documentId, networkId, kind: 'practice_page', readOnly: false } satisfies ClientEventAck<'doc.open'>);
        toClient(step1());
      } else if (event === 'doc.message') {
        const message = (payload as { message: Uint8Array }).message;
        received.push(message);
        const decoder = decoding.createDecoder(message);
        if (decoding.readVarUint(decoder) === DOC_MESSAGE_SYNC) {
          const reply = encoding.createEncoder();
          encoding.writeVarUint(reply, DOC_MESSAGE_SYNC);
          syncProtocol.readSyncMessage(decoder, reply, doc, 'client');
          if (encoding.length(reply) > 1) toClient(encoding.toUint8Array(reply));
        }
        answer({ ok: true });
      }
    },
  };
  return {
    doc,
    socket,
    received,
    connect() {
      connected = true;
      listeners.forEach((l) => l.connect());
    },
    disconnect() {
      connected = false;
      listeners.forEach((l) => l.disconnect());
    },
    holdAcks(on: boolean) {
      hold = on;
      if (!on) held.splice(0).forEach((release) => release());
    },
  };
}

const text = (doc: Y.Doc) => doc.getText('t').toString();
const type = (doc: Y.Doc, value: string) => doc.getText('t').insert(doc.getText('t').length, value);

describe('SocketProvider', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function setup(online = true) {
    const server = fakeServer();
    const doc = new Y.Doc();
    const provider = new SocketProvider(documentId, doc, { batchMs: 10, browserOnline: () => online });
    return { server, doc, provider };
  }

  it('opens the document, syncs both ways and says saved', () => {
    const { server, doc, provider } = setup();
    type(server.doc, 'van de server ');
    type(doc, 'uit de browser');
    server.connect();
    provider.setSocket(server.socket);
    expect(provider.getState().opened?.readOnly).toBe(false);
    expect(text(doc)).toContain('van de server');
    expect(text(server.doc)).toContain('uit de browser');
    expect(provider.getState().status).toBe('saved');
    provider.destroy();
  });

  it('batches keystrokes into one message and is saving until the server acknowledges it', () => {
    const { server, doc, provider } = setup();
    server.connect();
    provider.setSocket(server.socket);
    const before = server.received.length;
    server.holdAcks(true);
    'hallo'.split('').forEach((letter) => type(doc, letter));
    expect(provider.getState().status).toBe('saving');
    jest.advanceTimersByTime(10);
    expect(server.received.length - before).toBe(1);
    expect(text(server.doc)).toBe('hallo');
    expect(provider.getState().status).toBe('saving');
    server.holdAcks(false);
    expect(provider.getState().status).toBe('saved');
    provider.destroy();
  });

  it('keeps offline edits and sends them when the connection is back', () => {
    const { server, doc, provider } = setup();
    server.connect();
    provider.setSocket(server.socket);
    server.disconnect();
    type(doc, 'offline getypt');
    type(server.doc, 'ondertussen online ');
    jest.advanceTimersByTime(100);
    expect(provider.getState().status).toBe('offline');
    expect(text(server.doc)).not.toContain('offline getypt');
    server.connect();
    expect(text(server.doc)).toBe(text(doc));
    expect(text(doc)).toContain('offline getypt');
    expect(text(doc)).toContain('ondertussen online');
    expect(provider.getState().status).toBe('saved');
    provider.destroy();
  });

  it('counts an edit whose acknowledgement was lost in a disconnect as unsaved until the next sync', () => {
    const { server, doc, provider } = setup();
    server.connect();
    provider.setSocket(server.socket);
    server.holdAcks(true);
    type(doc, 'misschien opgeslagen');
    jest.advanceTimersByTime(10);
    server.disconnect();
    server.holdAcks(false); // the late answer belongs to the old connection: ignored
    expect(provider.getState().status).toBe('offline');
    server.connect();
    expect(provider.getState().status).toBe('saved');
    provider.destroy();
  });

  it('says connecting before the first open, and offline when the browser is offline', () => {
    expect(setup(true).provider.getState().status).toBe('connecting');
    expect(setup(false).provider.getState().status).toBe('offline');
  });

  it('stops when the server closes the document', () => {
    const { server, provider } = setup();
    server.connect();
    provider.setSocket(server.socket);
    documentLive({} as never)['doc.closed']({ documentId, reason: 'access_lost' });
    expect(provider.getState()).toMatchObject({ status: 'closed', closedReason: 'access_lost' });
    provider.destroy();
  });

  it('tells the server it closed the document when destroyed', () => {
    const { server, provider } = setup();
    server.connect();
    const send = jest.spyOn(server.socket, 'send');
    provider.setSocket(server.socket);
    provider.destroy();
    expect(send).toHaveBeenLastCalledWith('doc.close', { documentId });
  });
});
