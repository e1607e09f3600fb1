import { TestApp, type Account } from './support/app';
import { testDatabases } from './support/databases';

/** HTTP answers that clients, caches and OpenAPI tools rely on. Decided before SQL: one database. */
describe('HTTP semantics', () => {
  let t: TestApp;
  let fac: Account;
  let networkId: string;
  beforeAll(async () => {
    t = await TestApp.start(testDatabases()[0][1]);
    fac = await t.signUp('Fenna');
    networkId = (await t.createNetwork(fac)).id;
  });
  afterAll(() => t.close());

  it.each([
    ['/api/auth/me'],
    ['/api/auth/sessions'],
    ['/api/networks'],
  ])('answers GET %s with Cache-Control: no-store', async (url) => {
    const res = await t.request('GET', url, { cookie: fac.cookie });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers invitation tokens and errors with Cache-Control: no-store', async () => {
    const created = await t.request('POST', `/api/networks/${networkId}/invitations`, { cookie: fac.cookie, body: { category: 'citizen' } });
    expect(created.status).toBe(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const list = await t.request('GET', `/api/networks/${networkId}/invitations`, { cookie: fac.cookie });
    expect(list.headers['cache-control']).toBe('no-store');
    expect((await t.request('GET', '/api/auth/me')).headers['cache-control']).toBe('no-store');
  });

  it.each([
    ['PUT', '/api/auth/me', 'GET, HEAD, PATCH'],
    ['DELETE', '/api/networks', 'GET, HEAD, POST'],
    ['GET', '/api/auth/logout', 'POST'],
    ['PATCH', '/api/networks/6f1c0a52-8f0e-4a55-9d0a-3f2b9c1d2e4f/archive', 'POST'],
  ] as const)('answers %s %s with 405 and Allow: %s', async (method, url, allow) => {
    const res = await t.request(method, url, { cookie: fac.cookie, ...(method === 'GET' ? {} : { body: {} }) });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe(allow);
    expect(res.body).toMatchObject({ error: { code: 'method_not_allowed' } });
  });

  it('still answers 404 for a path that does not exist with any method', async () => {
    const res = await t.request('PUT', '/api/bestaat-niet', { cookie: fac.cookie, body: {} });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: { code: 'not_found' } });
  });

  it('documents 410 where invitations answer it and 429 where rate limits apply', async () => {
    const doc = (await t.request('GET', '/api/openapi.json')).body;
    expect(doc.paths['/api/invitations/{token}'].get.responses).toHaveProperty('410');
    expect(doc.paths['/api/invitations/{token}/accept'].post.responses).toHaveProperty('410');
    expect(doc.paths['/api/auth/register'].post.responses).toHaveProperty('410');
    for (const path of ['/api/auth/login', '/api/auth/register', '/api/auth/password']) {
      expect(doc.paths[path].post.responses).toHaveProperty('429');
    }
    expect(doc.paths['/api/networks'].post.responses).not.toHaveProperty('429');
  });
});
