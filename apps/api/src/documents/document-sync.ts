import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { DOC_MESSAGE_AWARENESS, DOC_MESSAGE_SYNC } from '@broedplaats/contracts';

/**
 * The y-protocols messages of one document, framed as y-websocket frames them: a varUint message type
 * (sync or awareness), then y-protocols' own encoding. Reading is split from applying, so an update
 * is checked before it touches the document (y-protocols' `readSyncMessage` applies at once).
 */
export type ReadMessage =
  | { type: 'sync-step1'; stateVector: Uint8Array }
  /** Sync step 2 and plain updates carry the same thing: a Yjs update. */
  | { type: 'sync-update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array };

/** Thrown for anything that is not a well-formed message or update; nothing was applied. */
export class MalformedMessage extends Error {}

/** Parses the frame; throws MalformedMessage on unknown types, truncation or trailing bytes. */
export function readMessage(message: Uint8Array): ReadMessage {
  try {
    const decoder = decoding.createDecoder(message);
    const frame = decoding.readVarUint(decoder);
    let read: ReadMessage;
    if (frame === DOC_MESSAGE_AWARENESS) read = { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
    else if (frame === DOC_MESSAGE_SYNC) {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === syncProtocol.messageYjsSyncStep1) {
        Y.decodeStateVector(payload); // throws on a broken one, before it reaches the answer
        read = { type: 'sync-step1', stateVector: payload };
      }
      else if (step === syncProtocol.messageYjsSyncStep2 || step === syncProtocol.messageYjsUpdate) read = { type: 'sync-update', update: payload };
      else throw new MalformedMessage(`unknown sync step ${step}`);
    } else throw new MalformedMessage(`unknown message type ${frame}`);
    if (decoding.hasContent(decoder)) throw new MalformedMessage('trailing bytes');
    return read;
  } catch (error) {
    throw error instanceof MalformedMessage ? error : new MalformedMessage(String(error));
  }
}

/**
 * Checks an update without touching the document: it must decode completely (Y.decodeUpdate walks
 * every struct and the delete set) and apply to an empty document without throwing.
 */
export function checkUpdate(update: Uint8Array): void {
  const scratch = new Y.Doc();
  try {
    Y.decodeUpdate(update);
    Y.applyUpdate(scratch, update);
  } catch (error) {
    throw new MalformedMessage(String(error));
  } finally {
    scratch.destroy();
  }
}

/** Checks an awareness update on a scratch Awareness (each state must be JSON). */
export function checkAwareness(update: Uint8Array): void {
  const scratch = new awarenessProtocol.Awareness(new Y.Doc());
  try {
    awarenessProtocol.applyAwarenessUpdate(scratch, update, null);
  } catch (error) {
    throw new MalformedMessage(String(error));
  } finally {
    scratch.destroy();
  }
}

const frame = (type: number, write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
};

export const syncStep1Message = (doc: Y.Doc) => frame(DOC_MESSAGE_SYNC, (e) => syncProtocol.writeSyncStep1(e, doc));
export const syncStep2Message = (doc: Y.Doc, stateVector: Uint8Array) => frame(DOC_MESSAGE_SYNC, (e) => syncProtocol.writeSyncStep2(e, doc, stateVector));
export const updateMessage = (update: Uint8Array) => frame(DOC_MESSAGE_SYNC, (e) => syncProtocol.writeUpdate(e, update));
export const awarenessMessage = (update: Uint8Array) => frame(DOC_MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, update));

/** Every known editor's awareness state, for someone who just opened the document; null when there is none. */
export function awarenessStatesMessage(awareness: awarenessProtocol.Awareness): Uint8Array | null {
  const clients = [...awareness.getStates().keys()];
  return clients.length ? awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(awareness, clients)) : null;
}

/**
 * Whether an update from a read-only editor would change nothing: every struct is already known and
 * everything it deletes is deleted already. y-protocols clients answer the server's sync step 1 with
 * their whole difference, which for a reader with no edits is empty; that is acknowledged, the rest refused.
 */
export function changesNothing(doc: Y.Doc, update: Uint8Array): boolean {
  const known = Y.encodeStateVector(doc);
  const { structs, ds } = Y.decodeUpdate(Y.diffUpdate(update, known));
  if (structs.length) return false;
  const deleted = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, ranges] of ds.clients) {
    const have = deleted.clients.get(client) ?? [];
    for (const { clock, len } of ranges) if (!have.some((d) => d.clock <= clock && clock + len <= d.clock + d.len)) return false;
  }
  return true;
}
