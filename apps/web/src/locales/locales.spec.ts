import { en } from './en';
import { nl } from './nl';
import enDocumentsWork from './en/documents-work.json';
import nlDocumentsWork from './nl/documents-work.json';

const resources = { nl, en };

const keysOf = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key))
    : [prefix];

// Plural forms differ per language in general; nl and en happen to share `_one`/`_other`.
describe('locales', () => {
  it.each(Object.keys(resources.nl))('English has exactly the Dutch keys in %s', (namespace) => {
    const ns = namespace as keyof typeof resources.nl;
    expect(keysOf(resources.en[ns]).sort()).toEqual(keysOf(resources.nl[ns]).sort());
  });

  // Loaded with the editor into the documents namespace (features/documents/work/texts.ts).
  it('has the same comments and history texts in both languages', () => {
    expect(keysOf(enDocumentsWork).sort()).toEqual(keysOf(nlDocumentsWork).sort());
    expect(keysOf(nlDocumentsWork).filter((key) => keysOf(nl.documents).includes(key))).toEqual([]);
  });

  it('has the same namespaces in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('has no empty texts', () => {
    const texts = (['nl', 'en'] as const).flatMap((lng) =>
      Object.values(resources[lng]).flatMap((ns) => keysOf(ns).map((key) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], ns))),
    );
    expect(texts.filter((text) => typeof text !== 'string' || text.trim() === '')).toEqual([]);
  });
});
