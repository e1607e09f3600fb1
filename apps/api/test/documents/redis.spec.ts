import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { DOCUMENT_FRAGMENT } from '@broedplaats/contracts';
import { LoadedDocuments } from '../../src/documents/loaded-documents';
import { TestApp } from '../support/app';
import { testDatabases, type TestDatabase } from '../support/databases';
import { DocEditor } from '../support/doc-client';
import { Inbox } from '../support/sockets';

const redisUrl = process.env.BP_TEST_REDIS_URL;
const describeWithRedis = redisUrl ? describe : describe.skip;
if (!redisUrl) console.warn('[documents/redis.spec] SKIPPED: no Redis at 127.0.0.1:6379');

const textOf = (doc: Y.Doc) => doc.getXmlFragment(DOCUMENT_FRAGMENT).toString();
const write = (editor: DocEditor, text: string) => {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  const fragment = editor.doc.getXmlFragment(DOCUMENT_FRAGMENT);
  fragment.insert(fragment.length, [p]);
};
const eventually = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`never: ${what}`);
};

/**
 * Editors on two API instances (one database, one Redis) converge: room broadcasts cross over the
 * adapter, and each instance's loaded copy takes the other's updates, so a newcomer on either gets
 * everything. Removal on A closes the document for a socket on B.
 */
describeWithRedis.each(testDatabases())('documents on two instances over Redis on %s', (_kind, db: TestDatabase) => {
  let a: TestApp;
  let b: TestApp;
  let baseA: string;
  let baseB: string;
  let closeDatabase: () => Promise<void>;
  const editors: DocEditor[] = [];

  beforeAll(async () => {
    const database = await db.open();
    closeDatabase = database.close;
    const shared = { ...database, close: async () => undefined };
    const env = { REDIS_URL: redisUrl!, REDIS_PREFIX: `bp-test-${randomUUID()}` };
    a = await TestApp.start(shared, env);
    b = await TestApp.start(shared, env);
    baseA = await a.listen();
    baseB = await b.listen();
  });
  afterAll(async () => {
    editors.forEach((e) => e.destroy());
    await b?.close();
    await a?.close();
    await closeDatabase?.();
  });

  it('converges editors on A and B, keeps both loaded copies current and closes a removed member’s document across instances', async () => {
    const f = a.fixtures;
    const [fac, mira, kees] = await Promise.all([f.person('Fenna'), f.person('Mira'), f.person('Kees')]);
    const networkId = await f.network({ facilitators: [fac], members: [mira, kees] });
    const documentId = (await a.request('POST', `/api/networks/${networkId}/practice-pages`, { cookie: fac.cookie, body: { title: 'Twee instanties' } })).body.id as string;
    const onA = new DocEditor(documentId, fac.cookie);
    const onB = new DocEditor(documentId, mira.cookie);
    editors.push(onA, onB);
    await onA.open(baseA);
    await onB.open(baseB);
    const miraIn = new Inbox(onB.socket!);
    // Instances find each other by heartbeat on the Redis stream; right after start one may not know the other yet.
    write(onA, 'Van A');
    await onA.flush();
    await eventually(() => textOf(onB.doc).includes('Van A'), 'B hears A');
    write(onB, 'Van B');
    await onB.flush();
    await eventually(() => textOf(onA.doc).includes('Van B'), 'A hears B');
    for (const app of [a, b]) await eventually(() => textOf(app.app.get(LoadedDocuments).get(documentId)!.doc) === textOf(onA.doc), 'both loaded copies current');
    // Cursors cross too.
    onA.awareness.setLocalStateField('user', { name: 'Fenna' });
    await eventually(() => onB.awareness.getStates().get(onA.doc.clientID)?.user?.name === 'Fenna', 'awareness crosses');

    // A newcomer on B gets everything, also what was typed on A.
    const late = new DocEditor(documentId, kees.cookie);
    editors.push(late);
    await late.open(baseB);
    expect(textOf(late.doc)).toBe(textOf(onA.doc));

    // Removed through A: Mira's document on B is closed, her updates refused.
    await a.request('DELETE', `/api/networks/${networkId}/members/${mira.id}`, { cookie: fac.cookie });
    expect(await miraIn.next('doc.closed')).toEqual({ documentId, reason: 'access_lost' });
    write(onB, 'Na verwijdering');
    await onB.flush();
    expect(onB.refused.map((r) => 'error' in r && r.error.code)).toEqual(['forbidden']);
    await onA.sync();
    expect(textOf(onA.doc)).not.toContain('Na verwijdering');
  });
});
