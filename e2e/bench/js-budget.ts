// What a phone downloads before the first page can run: the entry chunk and every chunk it imports
// statically (from the Vite manifest of the web build; lazy pages are not counted), gzip-compressed as
// the API sends them. Fails above the budget. Needs a build: `npm run build` first.
//   npx tsx e2e/bench/js-budget.ts              budget 200 KB gzip
//   options: --budget=KB --dist=apps/web/dist
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../src/support/server';

type Chunk = { file: string; isEntry?: boolean; imports?: string[]; css?: string[] };
type Manifest = Record<string, Chunk>;

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const budgetKb = Number(option('budget') ?? 200);
const dist = resolve(repoRoot, option('dist') ?? 'apps/web/dist');

const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
if (entries.length === 0) throw new Error('no entry in the manifest');

// The entries and their static imports, each once.
const initial = new Set<string>();
const visit = (key: string) => {
  if (initial.has(key)) return;
  initial.add(key);
  for (const next of manifest[key].imports ?? []) visit(next);
};
entries.forEach(visit);

const gzipKb = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const rows = [...initial].map((key) => ({ file: manifest[key].file, kb: gzipKb(manifest[key].file) })).sort((a, b) => b.kb - a.kb);
const css = [...new Set([...initial].flatMap((key) => manifest[key].css ?? []))].map((file) => ({ file, kb: gzipKb(file), raw: readFileSync(join(dist, file)).length / 1024 }));

process.stdout.write('Initial JavaScript (entry + static imports), gzip -9:\n');
for (const row of rows) process.stdout.write(`  ${row.kb.toFixed(1).padStart(7)} KB  ${row.file}\n`);
const total = rows.reduce((sum, row) => sum + row.kb, 0);
process.stdout.write(`  ${total.toFixed(1).padStart(7)} KB  total (budget ${budgetKb} KB)\n`);
process.stdout.write('Render-blocking CSS:\n');
for (const row of css) process.stdout.write(`  ${row.kb.toFixed(1).padStart(7)} KB gzip, ${row.raw.toFixed(1)} KB raw  ${row.file}\n`);

if (total > budgetKb) {
  process.stderr.write(`Initial JavaScript is ${total.toFixed(1)} KB gzip, over the ${budgetKb} KB budget.\n`);
  process.exitCode = 1;
}
