// After `vite build` (the browser app) and `vite build --ssr src/prerender.tsx` (the same app for Node),
// writes dist/prerendered/: for the pages a visitor without an account starts on, the page itself,
// rendered signed out (the browser hydrates it, main.tsx); for the pages behind sign-in, index.html with
// the page's own code and styles named in its head, so a phone fetches them alongside the first scripts
// instead of after them. (Rendering those as they look while loading paints sooner, but then the first
// scripts run after the first paint, as long tasks that Lighthouse counts against the page.) The API
// picks the file by path (core/spa.ts reads pages.json); each comes with its .br/.gz twins.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

type Page = { name: string; modules: string[] };
/** Shown to requests without a session cookie, rendered; `path` matches exactly. */
const signedOutPages: Array<Page & { path: string }> = [
  { path: '/', name: 'welcome', modules: ['src/features/welcome/WelcomePage.tsx'] },
  { path: '/login', name: 'login', modules: ['src/features/auth/LoginPage.tsx'] },
  { path: '/register', name: 'register', modules: ['src/features/auth/RegisterPage.tsx'] },
  { path: '/forgot-password', name: 'forgot-password', modules: ['src/features/auth/ForgotPasswordPage.tsx'] },
];
/** Shown to everyone else, as the app with its page preloaded; `pattern` matches the whole path. */
const allStyles = 'src/app/all-styles.ts';
const id = '[0-9a-fA-F-]{36}';
const preloadedPages: Array<Page & { pattern: string }> = [
  { pattern: `^/networks/${id}(/[a-z-]+)?$`, name: 'network', modules: ['src/features/networks/NetworkPage.tsx', allStyles] },
  { pattern: '^/networks$', name: 'my-networks', modules: ['src/features/networks/MyNetworksPage.tsx', allStyles] },
  { pattern: '^/join/[A-Za-z0-9_-]+$', name: 'join', modules: ['src/features/invitations/JoinPage.tsx', allStyles] },
];

type Chunk = { file: string; isEntry?: boolean; imports?: string[]; css?: string[] };
type Manifest = Record<string, Chunk>;

const web = resolve(__dirname, '..');
const dist = join(web, 'dist');
const out = join(dist, 'prerendered');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
const template = readFileSync(join(dist, 'index.html'), 'utf8');

/** A module and everything it imports statically: what the browser needs to run it. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  if (!manifest[key]) throw new Error(`prerender: ${key} is not in the build manifest`);
  seen.add(key);
  for (const next of manifest[key].imports ?? []) closure(next, seen);
  return seen;
}

/** What the entry loads anyway needs no second mention. */
const initial = new Set(Object.keys(manifest).filter((key) => manifest[key].isEntry).flatMap((key) => [...closure(key)]));

/** Stylesheets block rendering where the page shows at once (prerendered); elsewhere they are only fetched early. */
function headFor(page: Page, blocking: boolean): string {
  const chunks = [...new Set(page.modules.flatMap((module) => [...closure(module)]))].filter((key) => !initial.has(key));
  const css = [...new Set(chunks.flatMap((key) => manifest[key].css ?? []))];
  return [
    ...css.map((file) => (blocking ? `<link rel="stylesheet" href="/${file}" />` : `<link rel="preload" as="style" href="/${file}" />`)),
    ...chunks.filter((key) => manifest[key].file.endsWith('.js')).map((key) => `<link rel="modulepreload" crossorigin href="/${manifest[key].file}" />`),
  ].join('\n    ');
}

function write(name: string, html: string): string {
  const file = `${name}.html`;
  writeFileSync(join(out, file), html);
  writeFileSync(join(out, `${file}.br`), brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(join(out, `${file}.gz`), gzipSync(html, { level: 9 }));
  process.stdout.write(`  ${file} (${(html.length / 1024).toFixed(1)} KB)\n`);
  return file;
}

async function main() {
  if (!template.includes('<div id="root"></div>')) throw new Error('prerender: index.html has no empty <div id="root"></div>');
  const { render } = (await import(pathToFileURL(join(web, 'dist-ssr/prerender.mjs')).href)) as { render(url: string): Promise<string> };
  const withHead = (head: string) => template.replace('</head>', `  ${head}\n  </head>`);
  mkdirSync(out, { recursive: true });
  process.stdout.write('dist/prerendered:\n');
  const signedOut: Record<string, string> = {};
  for (const page of signedOutPages) {
    const body = await render(page.path);
    signedOut[page.path] = write(page.name, withHead(headFor(page, true)).replace('<div id="root"></div>', `<div id="root" data-prerendered="signed-out">${body}</div>`));
  }
  // Each page also for requests without a session cookie: told that nobody is signed in, so it does not
  // ask (a visitor's console stays free of failed requests).
  const noSession = (html: string) => html.replace('<div id="root"></div>', '<div id="root" data-session="none"></div>');
  const preloaded = preloadedPages.map((page) => ({
    pattern: page.pattern,
    file: write(page.name, withHead(headFor(page, false))),
    signedOutFile: write(`${page.name}-signed-out`, noSession(withHead(headFor(page, false)))),
  }));
  const signedOutApp = write('app-signed-out', noSession(template));
  // Which path gets which file: the API reads this, so the lists above are the only ones.
  writeFileSync(join(out, 'pages.json'), JSON.stringify({ signedOut, signedOutApp, preloaded }, null, 2));
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
