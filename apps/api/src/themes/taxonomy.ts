import type { Theme } from '@broedplaats/contracts';
import themesJson from './taxonomy.json';

/** The 28 themes (Movisie's 19 plus 9 that recur across the werkplaatsen). */
export const themeTaxonomy: Theme[] = themesJson.map((t) => ({ id: t.id, number: t.number, nl: t.nl, en: t.en, extra: t.extra }));
