import { randomBytes } from 'node:crypto';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { DOCUMENT_FRAGMENT, documentLimits } from '@broedplaats/contracts';
import { DocumentStore } from '../../src/documents/document-store';
import type { Account } from '../support/app';
import { testDatabases } from '../support/databases';
import { DocEditor, docMessage, seeded } from '../support/doc-client';
import { useLiveApp } from '../support/live';

const textOf = (doc: Y.Doc) => doc.getXmlFragment(DOCUMENT_FRAGMENT).toString();
const write = (editor: DocEditor, text: string) => {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  const fragment = editor.doc.getXmlFragment(DOCUMENT_FRAGMENT);
  fragment.insert(fragment.length, [p]);
};
const updateFrame = (update: Uint8Array) => docMessage.sync((e) => {
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
});

/**
 * Malformed, oversized and flooding document messages: each gets an error acknowledgement, nothing is
 * stored, the document stays as it was and the server keeps serving. Parsing does not depend on the
 * database: one is enough.
 */
describe('hostile document messages', () => {
  const live = useLiveApp(testDatabases()[0][1]);
  const editors: DocEditor[] = [];
  afterEach(() => editors.splice(0).forEach((e) => e.destroy()));
  const editor = (documentId: string, who: Account) => {
    const e = new DocEditor(documentId, who.cookie);
    editors.push(e);
    return e;
  };

  it('refuses garbage of every kind with an error acknowledgement and keeps the document intact', async () => {
    const f = live.t.fixtures;
    const [fac, mira] = await Promise.all([f.person('Fenna'), f.person('Mira')]);
    const networkId = await f.network({ facilitators: [fac], members: [mira] });
    const documentId = (await live.t.request('POST', `/api/networks/${networkId}/practice-pages`, { cookie: fac.cookie, body: { title: 'Doelwit' } })).body.id as string;
    const good = editor(documentId, fac);
    const bad = editor(documentId, mira);
    await good.open(live.base);
    await bad.open(live.base);
    write(good, 'Wat er al stond');
    await good.flush();
    const store = live.t.app.get(DocumentStore);
    const rowsBefore = (await store.since(documentId, -1))!.rows.length;

    // A real update to spoil.
    const donor = new Y.Doc();
    const p = new Y.XmlElement('paragraph');
    donor.getXmlFragment(DOCUMENT_FRAGMENT).insert(0, [p]);
    p.insert(0, [new Y.XmlText('x'.repeat(200))]);
    const real = Y.encodeStateAsUpdate(donor);
    const random = seeded(7);
    const noise = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
    const cases: Array<[string, unknown]> = [
      ['a truncated update', updateFrame(real.slice(0, real.length - 7))],
      ['a truncated frame', updateFrame(real).slice(0, 20)],
      ['random bytes', noise(300)],
      ['random bytes inside a sync update', updateFrame(noise(300))],
      ['random bytes inside an awareness frame', docMessage.frame(1, (e) => encoding.writeVarUint8Array(e, noise(100)))],
      ['awareness with a state that is not JSON', docMessage.frame(1, (e) => {
        const inner = encoding.createEncoder();
        encoding.writeVarUint(inner, 1);
        encoding.writeVarUint(inner, 42);
        encoding.writeVarUint(inner, 1);
        encoding.writeVarString(inner, '{"user": nope');
        encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
      })],
      ['an update claiming billions of structs', updateFrame(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]))],
      ['an unknown message type', docMessage.frame(7, (e) => encoding.writeVarUint(e, 0))],
      ['an unknown sync step', docMessage.sync((e) => encoding.writeVarUint(e, 9))],
      ['an update with trailing bytes', Uint8Array.from([...updateFrame(real), 1, 2, 3])],
      ['an empty message', new Uint8Array(0)],
      [`a message over ${documentLimits.maxMessageBytes} bytes`, updateFrame(randomBytes(documentLimits.maxMessageBytes + 10))],
      ['a string instead of bytes', 'AAEC'],
      ['a number instead of bytes', 42],
      ['an array of numbers instead of bytes', [0, 2, 1, 0]],
      ['deeply nested JSON instead of bytes', JSON.parse(`${'{"a":'.repeat(500)}1${'}'.repeat(500)}`)],
      ['null', null],
    ];
    for (const [name, message] of cases) {
      const ack = await bad.raw(message);
      expect([name, ack]).toEqual([name, { error: expect.objectContaining({ code: 'validation_failed' }) }]);
    }
    // Payloads of the wrong shape altogether.
    for (const payload of [null, 'doc', { documentId: 'not-a-uuid', message: new Uint8Array([0]) }, { documentId: 42 }]) {
      const ack = await bad.socket!.emitWithAck('doc.message', payload as never);
      expect(ack).toMatchObject({ error: { code: 'validation_failed' } });
    }
    // Sync step 1 with a broken state vector: answered with an error, not a crash.
    const brokenVector = docMessage.sync((e) => {
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint8Array(e, Uint8Array.from([5, 1]));
    });
    expect(await bad.raw(brokenVector)).toMatchObject({ error: { code: 'validation_failed' } });

    // Still serving, nothing stored, the document as it was.
    write(good, 'En daarna');
    await good.flush();
    await bad.sync();
    expect(textOf(bad.doc)).toBe('<paragraph>Wat er al stond</paragraph><paragraph>En daarna</paragraph>');
    expect((await store.since(documentId, -1))!.rows.length).toBe(rowsBefore + 1);
    expect(good.refused).toEqual([]);
  });

  it('acknowledges a flood with rate_limited past the per-socket rate', async () => {
    const f = live.t.fixtures;
    const fac = await f.person('Fenna');
    const networkId = await f.network({ facilitators: [fac] });
    const documentId = (await live.t.request('POST', `/api/networks/${networkId}/practice-pages`, { cookie: fac.cookie, body: { title: 'Vloed' } })).body.id as string;
    const e = editor(documentId, fac);
    await e.open(live.base);
    const step1 = docMessage.sync((enc) => {
      encoding.writeVarUint(enc, 0);
      encoding.writeVarUint8Array(enc, Y.encodeStateVector(e.doc));
    });
    const acks = await Promise.all(Array.from({ length: documentLimits.maxMessagesPerSecond * 5 + 50 }, () => e.raw(step1)));
    const codes = acks.map((a) => ('error' in a ? a.error.code : 'ok'));
    expect(codes.filter((c) => c === 'rate_limited').length).toBeGreaterThanOrEqual(40);
    expect(codes.filter((c) => c !== 'rate_limited' && c !== 'ok')).toEqual([]);
  });
});
