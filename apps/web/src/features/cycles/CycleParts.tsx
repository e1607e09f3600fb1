import { List, Stack, Text } from '@mantine/core';
import type { CycleDetail } from '@broedplaats/contracts';
import { useT } from '../../lib/use-t';

/** The parts of a cycle as text: question, bottlenecks, goals, outcomes with indicators, plan, conclusion. */
export function CycleParts({ cycle }: { cycle: CycleDetail }) {
  const { t } = useT();
  const list = (label: string, items: string[]) =>
    items.length > 0 && (
      <Stack gap={2}>
        <Text fw={600} size="sm">
          {label}
        </Text>
        <List size="sm">
          {items.map((item, i) => (
            <List.Item key={i}>{item}</List.Item>
          ))}
        </List>
      </Stack>
    );
  return (
    <Stack gap="sm">
      <Stack gap={2}>
        <Text fw={600} size="sm">
          {t('cycles:form.learningQuestion')}
        </Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{cycle.learningQuestion}</Text>
      </Stack>
      {cycle.question && <Text size="sm">{t('cycles:fromQuestion', { title: cycle.question.title })}</Text>}
      {list(t('cycles:form.bottlenecks'), cycle.bottlenecks)}
      {list(t('cycles:form.changeGoals'), cycle.changeGoals)}
      {list(
        t('cycles:form.outcomes'),
        cycle.outcomes.map((o) => (o.indicators.length ? `${o.text} (${o.indicators.map((i) => i.name).join(', ')})` : o.text)),
      )}
      {list(
        t('cycles:actions'),
        cycle.actions.map((a) => [a.what, a.who, a.when].filter(Boolean).join(' · ')),
      )}
      {cycle.conclusion && (
        <Stack gap={2}>
          <Text fw={600}>{t('cycles:close.learned')}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{cycle.conclusion.learned}</Text>
          {cycle.conclusion.changesInPractice && <Text size="sm">{t('cycles:close.changes')}: {cycle.conclusion.changesInPractice}</Text>}
          {cycle.conclusion.recommendations && <Text size="sm">{t('cycles:close.recommendations')}: {cycle.conclusion.recommendations}</Text>}
        </Stack>
      )}
    </Stack>
  );
}
