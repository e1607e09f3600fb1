import { Badge, Group } from '@mantine/core';
import type { CycleSummary } from '@broedplaats/contracts';
import { useT } from '../../lib/use-t';

const phaseColor = { plan: 'blue', act: 'grape', observe: 'teal', reflect: 'orange' } as const;

/** Where a cycle stands, in words: phase and iteration, closed, stale, who sees it. */
export function CycleBadges({ cycle, visibility = false }: { cycle: Pick<CycleSummary, 'phase' | 'status' | 'iteration' | 'stale' | 'visibility'>; visibility?: boolean }) {
  const { t } = useT();
  return (
    <Group gap={6}>
      {cycle.status === 'closed' ? (
        <Badge color="gray" variant="light">{t('cycles:status.closed')}</Badge>
      ) : (
        <Badge color={phaseColor[cycle.phase]} variant="light">
          {t('cycles:phaseOf', { phase: t(`cycles:phase.${cycle.phase}`), iteration: cycle.iteration })}
        </Badge>
      )}
      {cycle.stale && <Badge color="red.9" variant="outline">{t('cycles:stale')}</Badge>}
      {visibility && <Badge color="dark" variant="outline">{t(`cycles:visibility.${cycle.visibility}`)}</Badge>}
    </Group>
  );
}
