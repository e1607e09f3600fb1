import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { SESSION_COOKIE } from '@broedplaats/contracts';
import { TestApp } from './support/app';
import { testDatabases } from './support/databases';

// Phones on slow networks: compressed answers, hashed assets cached for a year, pages checked each visit.
const [[, pglite]] = testDatabases();
const prerendered = (heading: string) => `<!doctype html><title>Broedplaats</title><div id="root" data-prerendered="signed-out"><h1>${heading}</h1></div>`;
const script = `export const greeting = ${JSON.stringify('hallo '.repeat(500))};\n`;

describe('web speed: compression and caching', () => {
  let t: TestApp;
  let web: string;
  beforeAll(async () => {
    web = mkdtempSync(path.join(os.tmpdir(), 'bp-web-'));
    mkdirSync(path.join(web, 'assets'));
    const page = '<!doctype html><title>Broedplaats</title><script type="module" src="/assets/index-Ab12Cd34.js"></script>';
    // As the build leaves them: each file with its .br and .gz twins.
    for (const [name, text] of [
      ['index.html', page],
      ['assets/index-Ab12Cd34.js', script],
    ]) {
      writeFileSync(path.join(web, name), text);
      writeFileSync(path.join(web, `${name}.br`), brotliCompressSync(text));
      writeFileSync(path.join(web, `${name}.gz`), gzipSync(text));
    }
    writeFileSync(path.join(web, 'robots.txt'), 'User-agent: *\n'.repeat(200));
    // As the web build's prerender step leaves them (apps/web/scripts/prerender.ts).
    mkdirSync(path.join(web, 'prerendered'));
    const pages = { signedOut: { '/': 'welcome.html', '/login': 'login.html', '/gone': 'gone.html' }, signedOutApp: 'app-signed-out.html', preloaded: [{ pattern: '^/networks/[0-9]+(/[a-z]+)?$', file: 'network.html', signedOutFile: 'network-signed-out.html' }] };
    writeFileSync(path.join(web, 'prerendered', 'pages.json'), JSON.stringify(pages));
    writeFileSync(path.join(web, 'prerendered', 'network.html'), page.replace('<title>', '<link rel="modulepreload" href="/assets/NetworkPage-Xy.js"><title>'));
    writeFileSync(path.join(web, 'prerendered', 'welcome.html'), prerendered('Samen leren'));
    writeFileSync(path.join(web, 'prerendered', 'login.html'), prerendered('Inloggen'));
    writeFileSync(path.join(web, 'prerendered', 'network-signed-out.html'), page.replace('<title>', '<link rel="modulepreload" href="/assets/NetworkPage-Xy.js"><meta name="session" content="none"><title>'));
    writeFileSync(path.join(web, 'prerendered', 'app-signed-out.html'), page.replace('<title>', '<meta name="session" content="none"><title>'));
    t = await TestApp.start(pglite, { WEB_DIST: web });
  });
  afterAll(async () => {
    await t.close();
    rmSync(web, { recursive: true, force: true });
  });

  const get = (url: string, encoding?: string, cookie?: string) =>
    t.app.inject({ method: 'GET', url, headers: { ...(encoding ? { 'accept-encoding': encoding } : {}), ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}) } });

  it('sends hashed assets precompressed and immutable, plain to a client that accepts no encoding', async () => {
    const br = await get('/assets/index-Ab12Cd34.js', 'br, gzip');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toContain('javascript');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);

    const gz = await get('/assets/index-Ab12Cd34.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await get('/assets/index-Ab12Cd34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('has the browser check index.html on every visit, at / and through the SPA fallback', async () => {
    for (const url of ['/', '/index.html', '/networks/123/members']) {
      const res = await get(url, 'br, gzip');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      const body = res.headers['content-encoding'] === 'br' ? brotliDecompressSync(res.rawPayload).toString() : res.body;
      expect(body).toContain('<title>Broedplaats</title>');
    }
  });

  it('sends the prerendered front door and login page to a visitor without a session cookie, the app to anyone signed in', async () => {
    const visitor = await get('/', 'br, gzip');
    expect(visitor.statusCode).toBe(200);
    expect(visitor.headers['cache-control']).toBe('no-cache');
    expect(visitor.headers.vary).toContain('cookie');
    expect(visitor.body).toContain('<h1>Samen leren</h1>');
    expect((await get('/login?next=%2Fnetworks')).body).toContain('<h1>Inloggen</h1>');

    const owner = await t.signUp('Prerender');
    const signedIn = await get('/login', undefined, owner.cookie);
    expect(signedIn.body).not.toContain('data-prerendered');
    expect(signedIn.body).toContain('/assets/index-Ab12Cd34.js');
    // Pages without a prerendered file, and names the index lists but the build did not write, get the app,
    // told that nobody is signed in; with a cookie, the plain app.
    for (const url of ['/register', '/gone', '/login/extra', '/openbaar/123']) {
      const res = await get(url);
      expect(res.body).not.toContain('data-prerendered');
      expect(res.body).toContain('<meta name="session" content="none">');
      expect((await get(url, undefined, owner.cookie)).body).not.toContain('content="none"');
    }
  });

  it('names the code of a signed-in page in the head of the app it sends, so the phone fetches it at once', async () => {
    const owner = await t.signUp('Preload');
    const network = await get('/networks/123/leden', undefined, owner.cookie);
    expect(network.headers['cache-control']).toBe('no-cache');
    expect(network.body).toContain('<link rel="modulepreload" href="/assets/NetworkPage-Xy.js">');
    for (const url of ['/profile', '/networks/123/leden/x', '/networks/new']) expect((await get(url, undefined, owner.cookie)).body).not.toContain('modulepreload');
    const visitor = (await get('/networks/123')).body;
    expect(visitor).toContain('modulepreload');
    expect(visitor).toContain('content="none"');
  });

  it('compresses a static file the build left uncompressed on the fly, without a year of caching', async () => {
    const res = await get('/robots.txt', 'gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).not.toContain('immutable');
    expect(gunzipSync(res.rawPayload).toString()).toContain('User-agent');
  });

  it('compresses a large JSON answer, leaves a small one alone, and lets no one keep either', async () => {
    const owner = await t.signUp('Compressie');
    for (let i = 0; i < 8; i++) await t.createNetwork(owner, { name: `Netwerk voor compressie ${i}` });
    const large = await get('/api/networks?scope=mine', 'br, gzip', owner.cookie);
    expect(large.statusCode).toBe(200);
    expect(large.headers['content-encoding']).toBe('br');
    expect(large.headers['cache-control']).toBe('no-store');
    const json = brotliDecompressSync(large.rawPayload).toString();
    expect(json.length).toBeGreaterThan(1024);
    expect(JSON.parse(json).items).toHaveLength(8);
    const gzipped = await get('/api/networks?scope=mine', 'gzip', owner.cookie);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzipped.rawPayload).toString()).items).toHaveLength(8);

    const small = await get('/api/health', 'br, gzip');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(small.body).status).toBe('ok');
  });

  it('keeps error answers in the one error shape when compressed', async () => {
    const res = await get('/api/does-not-exist', 'br, gzip');
    expect(res.statusCode).toBe(404);
    const body = res.headers['content-encoding'] === 'br' ? brotliDecompressSync(res.rawPayload).toString() : res.body;
    expect(JSON.parse(body)).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });
});
