import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../lib/use-t';
import { useThemeLabels } from '../networks/theme-labels';
import { StatusBadge } from './StatusBadge';
import { usePublicQuestions } from './queries';

/**
 * The questions a facilitator made public, on the network's public profile: for anyone, without
 * comments, and with the proposer's name only where they agreed. Nothing shows when there are none.
 */
export function PublicQuestions({ networkId }: { networkId: string }) {
  const { t } = useT();
  const questions = usePublicQuestions(networkId);
  const themes = useThemeLabels();
  if (!questions.data || questions.data.length === 0) return null;
  return (
    <section aria-labelledby="public-questions">
      <Stack gap="sm">
        <Title order={2} size="h3" id="public-questions">
          {t('agenda:publicTitle')}
        </Title>
        <Text size="sm">{t('agenda:public.intro')}</Text>
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-labelledby="public-questions">
          {questions.data.map((q) => (
            <Card component="li" key={q.id} withBorder padding="sm">
              <Stack gap={6}>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {q.title}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} lineClamp={4}>
                  {q.situation}
                </Text>
                {q.themeIds.length > 0 && <Text size="xs">{q.themeIds.map((id) => themes.labelOf(id).label).join(' · ')}</Text>}
                <Group gap="xs" wrap="wrap">
                  <StatusBadge status={q.status} />
                  <Text size="xs">{t('agenda:support.count', { count: q.supportCount })}</Text>
                  {q.proposer && <Text size="xs">{t('agenda:public.by', { name: q.proposer.displayName })}</Text>}
                </Group>
              </Stack>
            </Card>
          ))}
        </Stack>
      </Stack>
    </section>
  );
}
