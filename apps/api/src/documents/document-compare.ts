import { diffWordsWithSpace } from 'diff';
import type { VersionComparison } from '@broedplaats/contracts';

type Change = VersionComparison['changes'][number];

/**
 * A version compared with now on the rendered text (blocks on their own lines): which words were
 * added since, which removed, which kept. Word-level, as people read minutes; runs of one kind merged.
 */
export function compareText(before: string[], after: string[]): Change[] {
  const changes: Change[] = [];
  for (const part of diffWordsWithSpace(before.join('\n'), after.join('\n'))) {
    const kind: Change['kind'] = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const last = changes.at(-1);
    if (last?.kind === kind) last.text += part.value;
    else changes.push({ kind, text: part.value });
  }
  return changes;
}
