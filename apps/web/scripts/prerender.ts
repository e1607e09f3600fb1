// After `vite build` (the browser app) and `vite build --ssr src/prerender.tsx` (the same app for Node):
// renders the pages a visitor without an account starts on into dist/prerendered/, each with the
// stylesheets and module preloads its lazy page needs, and their .br/.gz twins. The API sends these to
// requests without a session cookie (core/spa.ts); the browser hydrates them (main.tsx).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The pages a visitor without an account lands on, and the lazy module each one shows. */
const pages = [
  { path: '/', name: 'welcome', module: 'src/features/welcome/WelcomePage.tsx' },
  { path: '/login', name: 'login', module: 'src/features/auth/LoginPage.tsx' },
  { path: '/register', name: 'register', module: 'src/features/auth/RegisterPage.tsx' },
  { path: '/forgot-password', name: 'forgot-password', module: 'src/features/auth/ForgotPasswordPage.tsx' },
];

type Chunk = { file: string; imports?: string[]; css?: string[] };
type Manifest = Record<string, Chunk>;

const web = resolve(__dirname, '..');
const dist = join(web, 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
const template = readFileSync(join(dist, 'index.html'), 'utf8');

/** The page module and everything it imports statically: what the browser needs to show it. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const next of manifest[key].imports ?? []) closure(next, seen);
  return seen;
}

/** Files the entry already loads need no second mention. */
const entry = Object.keys(manifest).find((key) => (manifest[key] as Chunk & { isEntry?: boolean }).isEntry);
const initial = entry ? closure(entry) : new Set<string>();

function headFor(module: string): string {
  const chunks = [...closure(module)].filter((key) => !initial.has(key));
  const css = [...new Set(chunks.flatMap((key) => manifest[key].css ?? []))];
  return [
    ...css.map((file) => `<link rel="stylesheet" href="/${file}" />`),
    ...chunks.map((key) => `<link rel="modulepreload" crossorigin href="/${manifest[key].file}" />`),
  ].join('\n    ');
}

async function main() {
  const { render } = (await import(pathToFileURL(join(web, 'dist-ssr/prerender.mjs')).href)) as { render(url: string): Promise<string> };
  mkdirSync(join(dist, 'prerendered'), { recursive: true });
  // Which path has which page: the API reads this, so the list is kept here only.
  const index: Record<string, string> = {};
  for (const page of pages) {
    if (!manifest[page.module]) throw new Error(`prerender: ${page.module} is not in the build manifest`);
    const body = await render(page.path);
    const html = template
      .replace('</head>', `  ${headFor(page.module)}\n  </head>`)
      .replace('<div id="root"></div>', `<div id="root" data-prerendered="signed-out">${body}</div>`);
    if (!html.includes('data-prerendered')) throw new Error('prerender: index.html has no empty <div id="root"></div>');
    const file = join(dist, 'prerendered', `${page.name}.html`);
    writeFileSync(file, html);
    writeFileSync(`${file}.br`, brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${file}.gz`, gzipSync(html, { level: 9 }));
    index[page.path] = `${page.name}.html`;
    process.stdout.write(`prerendered ${page.path} → dist/prerendered/${page.name}.html (${(html.length / 1024).toFixed(1)} KB)\n`);
  }
  writeFileSync(join(dist, 'prerendered', 'pages.json'), JSON.stringify(index, null, 2));
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
