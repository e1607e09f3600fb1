import type { PseudonymHit } from '@broedplaats/contracts';

export type Decision = 'replace' | 'keep' | null;

/**
 * The text with the hits the owner chose to replace swapped for their suggestions. Hits point into the
 * checked text, so they are applied from the end: earlier positions stay right.
 */
export function applyDecisions(text: string, hits: readonly PseudonymHit[], decisions: readonly Decision[]): string {
  let out = text;
  hits
    .map((hit, i) => ({ hit, decision: decisions[i] }))
    .filter((x) => x.decision === 'replace')
    .sort((a, b) => b.hit.start - a.hit.start)
    .forEach(({ hit }) => (out = out.slice(0, hit.start) + hit.suggestion + out.slice(hit.end)));
  return out;
}
