import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { TestApp } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';

describe.each(testDatabases())('operations on %s', (kind, db: TestDatabase) => {
  let t: TestApp;
  let web: string;
  beforeAll(async () => {
    web = mkdtempSync(path.join(os.tmpdir(), 'bp-web-'));
    writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>Broedplaats</title>');
    writeFileSync(path.join(web, 'app.js'), 'console.log(1)');
    t = await TestApp.start(db, { WEB_DIST: web });
  });
  afterAll(async () => {
    await t.close();
    rmSync(web, { recursive: true, force: true });
  });

  it('reports database health and kind', async () => {
    const res = await t.request('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: { status: 'up', kind } });
  });

  it('serves an OpenAPI document generated from the contracts, and the docs UI', async () => {
    const doc = await t.request('GET', '/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.0.3');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/networks/{networkId}/members/{userId}', '/api/invitations/{token}/accept']));
    const register = doc.body.paths['/api/auth/register'].post.requestBody.content['application/json'].schema;
    expect(register.properties.password.minLength).toBe(10);
    const ui = await t.request('GET', '/api/docs');
    expect(ui.status).toBe(200);
  });

  // Only a server can drop its connections; PGlite runs in this process.
  (kind === 'postgres' ? it : it.skip)('keeps serving when the database server drops its connections (server only)', async () => {
    const db = t.database!.db;
    // Two connections at once, so the pool keeps one idle that the server then terminates.
    await Promise.all([db.execute(sql`select pg_sleep(0.05)`), db.execute(sql`select pg_sleep(0.05)`)]);
    const killed = (await db.execute(
      sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
    )) as unknown as { rows: unknown[] };
    expect(killed.rows.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 100));
    const replies = await Promise.all([1, 2, 3].map(() => t.request('GET', '/api/themes')));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);
  });

  it('sends security headers on pages and API answers, with a same-origin content security policy', async () => {
    for (const url of ['/', '/networks/123', '/api/health']) {
      const res = await t.request('GET', url);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
    // The docs page works under script-src 'self': it loads script files from here, none inline.
    const docs = await t.request('GET', '/api/docs');
    expect(docs.status).toBe(200);
    expect(String(docs.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(docs.body).toMatch(/<script src="\/api\/docs\/static\//);
    expect(docs.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('serves the web build with an SPA fallback, but never for /api', async () => {
    const asset = await t.request('GET', '/app.js');
    expect(asset.status).toBe(200);
    expect(asset.body).toContain('console.log');
    const deep = await t.request('GET', '/networks/123/members');
    expect(deep.status).toBe(200);
    expect(deep.headers['content-type']).toContain('text/html');
    expect(deep.body).toContain('<title>Broedplaats</title>');
    const api = await t.request('GET', '/api/does-not-exist');
    expect(api.status).toBe(404);
    expect(api.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });
});

describe('PGlite folder: demo seed and restart', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bp-data-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const env = { DATA_DIR: path.join(dir, 'nested', 'data'), SEED_DEMO: 'true' };
  const login = (t: TestApp, email: string) => t.request('POST', '/api/auth/login', { body: { email, password: 'broedplaats-demo' } });

  // Two cold starts of an embedded database from a folder (unpack, migrate) and the whole demo: the
  // slowest test here by nature, so it gets room for a busy machine.
  it('creates the folder, loads the demo once, and keeps data across a restart', async () => {
    const first = await TestApp.fromEnv(env);
    let createdId: string;
    try {
      const fac = await login(first, 'facilitator@broedplaats.nl');
      expect(fac.status).toBe(200);
      const cookie = fac.cookies.find((c) => c.name === 'bp_session')!.value;
      const publicList = await first.request('GET', '/api/networks?scope=public&pageSize=100', { cookie });
      // Ontdek lists only networks one is not in: the 50 demo networks minus the facilitator's 3.
      expect(publicList.body.total).toBe(50 - 3);
      const wmo = publicList.body.items.filter((n: { type: string }) => n.type === 'wmo-partnership');
      expect(wmo).toHaveLength(4); // the 4 "wmo-related" rows of the Limburg inventory
      expect(publicList.body.items.filter((n: { status: string }) => n.status === 'unknown')).toHaveLength(3);
      const mine = await first.request('GET', '/api/networks?scope=mine', { cookie });
      expect(mine.body.items.every((n: { myRole: string }) => n.myRole === 'facilitator')).toBe(true);
      expect(mine.body.total).toBe(3);
      // Demo people have a profile and the demo networks a welcome, so Leden and Overzicht are not empty.
      expect(fac.body.user.organisation).not.toBe('');
      expect(mine.body.items.every((n: { welcome?: string }) => (n.welcome ?? '').length > 0)).toBe(true);
      const admin = await login(first, 'admin@broedplaats.nl');
      expect(admin.body.user.isPlatformAdmin).toBe(true);
      // The demo admin finds a living admin area: a log with a block and a duty shift, the front door's text, mail.
      const adminCookie = admin.cookies.find((c) => c.name === 'bp_session')!.value;
      const audit = await first.request('GET', '/api/admin/audit?pageSize=100', { cookie: adminCookie });
      expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
        'network.duty_ended', 'network.duty_started', 'user.reactivated', 'user.deactivated', 'instance.settings_changed',
      ]);
      expect(audit.body.items[1]).toMatchObject({ target: { kind: 'network', name: 'Samen tegen Eenzaamheid' }, reason: expect.stringContaining('verlof') });
      expect(audit.body.items[3]).toMatchObject({ target: { kind: 'person', displayName: 'Sem de Boer' } });
      expect((await first.request('GET', '/api/instance')).body).toEqual({ name: 'Broedplaats', welcome: '' });
      expect((await first.request('GET', '/api/admin/outbox', { cookie: adminCookie })).body.total).toBe(2);
      await expectLivingAgendas(first, cookie, mine.body.items);
      createdId = (await first.createNetwork({ id: '', email: '', displayName: '', joinedNetworkId: null, cookie }, { visibility: 'public' })).id;
    } finally {
      await first.close();
    }

    const second = await TestApp.fromEnv(env);
    try {
      const cookie = (await login(second, 'facilitator@broedplaats.nl')).cookies.find((c) => c.name === 'bp_session')!.value;
      const publicList = await second.request('GET', '/api/networks?scope=public&pageSize=100', { cookie });
      expect(publicList.body.total).toBe(50 - 3); // the demo networks, not seeded twice
      const mine = await second.request('GET', '/api/networks?scope=mine', { cookie });
      expect(mine.body.total).toBe(3 + 1); // plus the one made before the restart
      expect((await second.request('GET', `/api/networks/${createdId}`, { cookie })).status).toBe(200);
    } finally {
      await second.close();
    }
  }, 90_000);
});

type DemoQuestion = {
  id: string; status: string; origin: string; commissionedBy: string; public: boolean; supportCount: number; commentCount: number; themeIds: string[];
  roundDots: number | null; assignment: { dueDate: string } | null; outcome: { text: string } | null;
};

/** Each demo network has a varied agenda a newcomer can look around in (`agenda/agenda.demo.ts`). */
async function expectLivingAgendas(t: TestApp, cookie: string, networks: Array<{ id: string; name: string }>): Promise<void> {
  const all: Array<DemoQuestion & { networkId: string }> = [];
  for (const network of networks) {
    const list = await t.request('GET', `/api/networks/${network.id}/questions?includeWithdrawn=true&pageSize=100`, { cookie });
    expect(list.status).toBe(200);
    const items = list.body.items as DemoQuestion[];
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(items.length).toBeLessThanOrEqual(20);
    expect(new Set(items.map((q) => q.status)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(items.map((q) => q.origin))).toEqual(new Set(['practice', 'commissioned']));
    expect(items.filter((q) => q.supportCount >= 2).length).toBeGreaterThanOrEqual(3);
    expect(items.some((q) => q.commentCount > 0)).toBe(true);
    all.push(...items.map((q) => ({ ...q, networkId: network.id })));
  }
  expect(all.filter((q) => q.origin === 'commissioned').every((q) => q.commissionedBy !== '')).toBe(true);
  // One set-aside question shows who set it aside and why.
  const setAside = all.find((q) => q.status === 'set-aside')!;
  const detail = await t.request('GET', `/api/networks/${setAside.networkId}/questions/${setAside.id}`, { cookie });
  expect(detail.body.history.at(-1)).toMatchObject({ from: 'proposed', to: 'set-aside', reason: expect.stringMatching(/\w+/), by: { displayName: 'Fenna Jansen' } });
  const taken = all.find((q) => q.assignment && q.status === 'in-progress')!;
  expect(taken.assignment!.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(all.find((q) => q.status === 'answered' && q.outcome)?.outcome?.text).toBeTruthy();

  // Utrecht closed a dot-voting round; its frozen ranking ranks the questions on the agenda.
  const utrecht = networks.find((n) => n.name === 'Werkplaats Sociaal Domein Utrecht')!;
  const round = await t.request('GET', `/api/networks/${utrecht.id}/rounds/current`, { cookie });
  expect(round.body.round.closedAt).not.toBeNull();
  expect(round.body.round.ranking.length).toBeGreaterThanOrEqual(4);
  expect(round.body.round.ranking[0]).toMatchObject({ rank: 1, title: expect.any(String) });
  expect(round.body.round.ranking.reduce((sum: number, r: { dots: number }) => sum + r.dots, 0)).toBe(4 * 5); // four voters, five dots each

  // Comments mention demo people; a removed one leaves its marker.
  const utrechtList = (await t.request('GET', `/api/networks/${utrecht.id}/questions?pageSize=100`, { cookie })).body.items as DemoQuestion[];
  const threads = await Promise.all(utrechtList.filter((q) => q.commentCount > 0).map((q) => t.request('GET', `/api/networks/${utrecht.id}/questions/${q.id}/comments`, { cookie })));
  const comments = threads.flatMap((r) => r.body as Array<{ mentions: unknown[]; deleted: boolean }>);
  expect(comments.some((c) => c.mentions.length > 0)).toBe(true);
  expect(comments.some((c) => c.deleted)).toBe(true);

  // Public questions show on the public profile, the proposer only when they agreed.
  const publicOnes = await t.request('GET', `/api/public/networks/${utrecht.id}/questions`);
  expect(publicOnes.status).toBe(200);
  expect(publicOnes.body.length).toBeGreaterThanOrEqual(1);
  expect(publicOnes.body.some((q: { proposer: unknown }) => q.proposer === null)).toBe(true);
}
