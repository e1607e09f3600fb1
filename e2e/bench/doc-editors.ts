// The document benchmark's clients, in a process of their own: N editors on one document, of whom
// `typers` type `cps` characters a second into the same paragraph and the rest read. Each keystroke is
// one Yjs update; every other editor's arrival of it is timed (all editors share this process's
// clock). Prints one JSON line: the delays in ms and how many arrivals were expected and seen.
// Run by e2e/bench/documents.ts with BENCH_EDITORS='{"target":…}' in the environment.
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

export type EditorsJob = {
  target: 'broedplaats' | 'hocuspocus';
  url: string;
  cookie?: string;
  documentId: string;
  n: number;
  typers: number;
  cps: number;
  seconds: number;
};
export type EditorsResult = { delays: number[]; expected: number; seen: number; connectMs: number };

type Editor = { doc: Y.Doc; close: () => void; synced: Promise<void> };
const REMOTE = Symbol('remote');
const SYNC = 0;

/** One editor over Broedplaats's socket.io connection, speaking y-protocols as the web editor does. */
function broedplaatsEditor(job: EditorsJob): Editor {
  const doc = new Y.Doc();
  const socket: Socket = io(job.url, { transports: ['websocket'], extraHeaders: job.cookie ? { cookie: job.cookie } : {}, reconnection: false });
  const send = (message: Uint8Array) => socket.emit('doc.message', { documentId: job.documentId, message }, () => undefined);
  let markSynced: () => void = () => undefined;
  const synced = new Promise<void>((ok) => (markSynced = ok));
  socket.on('doc.message', ({ message }: { message: ArrayBuffer | Uint8Array }) => {
    const decoder = decoding.createDecoder(new Uint8Array(message));
    if (decoding.readVarUint(decoder) !== SYNC) return;
    const reply = encoding.createEncoder();
    encoding.writeVarUint(reply, SYNC);
    const kind = syncProtocol.readSyncMessage(decoder, reply, doc, REMOTE);
    if (encoding.length(reply) > 1) send(encoding.toUint8Array(reply));
    if (kind === syncProtocol.messageYjsSyncStep2) markSynced();
  });
  socket.on('connect', async () => {
    const opened = (await socket.emitWithAck('doc.open', { documentId: job.documentId })) as { error?: { message: string } };
    if (opened.error) throw new Error(`doc.open: ${opened.error.message}`);
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, SYNC);
    syncProtocol.writeSyncStep1(step1, doc);
    send(encoding.toUint8Array(step1));
  });
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === REMOTE) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, SYNC);
    syncProtocol.writeUpdate(encoder, update);
    send(encoding.toUint8Array(encoder));
  });
  return { doc, synced, close: () => socket.disconnect() };
}

/** One editor on the plain Hocuspocus server, with its own provider and WebSocket, as Hocuspocus's own clients have. */
function hocuspocusEditor(job: EditorsJob): Editor {
  const doc = new Y.Doc();
  let markSynced: () => void = () => undefined;
  const synced = new Promise<void>((ok) => (markSynced = ok));
  // The provider makes and manages its socket from these options (Node 20 has no WebSocket of its own).
  const options = { url: job.url, WebSocketPolyfill: WebSocket, name: job.documentId, document: doc, onSynced: () => markSynced() };
  const provider = new HocuspocusProvider(options as ConstructorParameters<typeof HocuspocusProvider>[0]);
  return { doc, synced, close: () => provider.destroy() };
}

async function main(): Promise<void> {
  const job = JSON.parse(process.env.BENCH_EDITORS ?? '') as EditorsJob;
  const make = job.target === 'broedplaats' ? broedplaatsEditor : hocuspocusEditor;
  const started = performance.now();
  const editors: Editor[] = [];
  // In batches, as people arrive, so connecting is not the thing measured.
  for (let i = 0; i < job.n; i += 25) {
    const batch = Array.from({ length: Math.min(25, job.n - i) }, () => make(job));
    editors.push(...batch);
    await Promise.all(batch.map((e) => e.synced));
  }
  const connectMs = performance.now() - started;

  // One paragraph everyone types into, made by the first editor and seen by all before timing starts.
  const textOf = (doc: Y.Doc) => ((doc.getXmlFragment('content').get(0) as Y.XmlElement | undefined)?.get(0) as Y.XmlText | undefined) ?? null;
  const first = editors[0].doc;
  if (!textOf(first)) {
    first.transact(() => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText()]);
      first.getXmlFragment('content').insert(0, [paragraph]);
    });
  }
  const deadline = Date.now() + 10_000;
  while (editors.some((e) => textOf(e.doc) === null) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  // The parent tells the servers' memory now, with everyone in.
  process.stdout.write('connected\n');
  await new Promise((r) => setTimeout(r, 500));

  const sentAt = new Map<string, number>();
  const delays: number[] = [];
  let seen = 0;
  for (const e of editors) {
    e.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === null || origin === undefined) return; // this editor's own keystroke
      const now = performance.now();
      for (const struct of Y.decodeUpdate(update).structs) {
        const at = sentAt.get(`${struct.id.client}:${struct.id.clock}`);
        if (at !== undefined) {
          delays.push(now - at);
          seen++;
        }
      }
    });
  }

  const typers = editors.slice(0, job.typers);
  let keystrokes = 0;
  const timers = typers.map((e, i) =>
    setInterval(() => {
      const text = textOf(e.doc);
      if (!text) return;
      const at = performance.now();
      text.insert(Math.floor(Math.random() * (text.length + 1)), String.fromCharCode(97 + (i % 26)));
      sentAt.set(`${e.doc.clientID}:${Y.getState(e.doc.store, e.doc.clientID) - 1}`, at);
      keystrokes++;
    }, 1000 / job.cps),
  );
  await new Promise((r) => setTimeout(r, job.seconds * 1000));
  timers.forEach(clearInterval);
  // Let the last keystrokes arrive.
  const expected = keystrokes * (job.n - 1);
  const settle = Date.now() + 5_000;
  while (seen < expected && Date.now() < settle) await new Promise((r) => setTimeout(r, 50));
  editors.forEach((e) => e.close());
  const result: EditorsResult = { delays, expected, seen, connectMs };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
