import en from '../../locales/en/cycles.json';
import enNav from '../../locales/en/cycles-nav.json';
import nl from '../../locales/nl/cycles.json';
import nlNav from '../../locales/nl/cycles-nav.json';

const keysOf = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object' ? Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key)) : [prefix];
const at = (ns: object, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], ns);

// The cycles' texts load with their pages (texts.ts); locales.spec.ts sees only the names in the first download.
describe('the cycles texts', () => {
  it('has the same keys in Dutch and English', () => expect(keysOf(en).sort()).toEqual(keysOf(nl).sort()));
  it('has no empty texts', () => expect([...keysOf(nl).map((k) => at(nl, k)), ...keysOf(en).map((k) => at(en, k))].filter((t) => typeof t !== 'string' || t.trim() === '')).toEqual([]));
  it('names tabs and menus with the same words as the full texts', () => {
    for (const [nav, full] of [[nlNav, nl], [enNav, en]] as const) for (const key of keysOf(nav)) expect(at(nav, key)).toBe(at(full, key));
  });
});
