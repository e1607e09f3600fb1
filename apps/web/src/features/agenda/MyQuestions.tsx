import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useT } from '../../lib/use-t';
import { StatusBadge } from './StatusBadge';
import { useMyQuestions } from './queries';

/** Start page: the questions I asked, across my networks, and where they stand. Shows nothing until I asked one. */
export function MyQuestions() {
  const { t } = useT();
  const mine = useMyQuestions();
  if (!mine.data || mine.data.length === 0) return null;
  return (
    <section aria-labelledby="my-questions">
      <Stack gap="xs">
        <Title order={2} id="my-questions" size="h3">
          {t('agenda:mine.title')}
        </Title>
        <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {mine.data.map((q) => (
            <li key={q.id}>
              <Anchor component={Link} to={`/networks/${q.networkId}/kennisagenda?vraag=${q.id}`}>
                {q.title}
              </Anchor>{' '}
              <StatusBadge status={q.status} />{' '}
              <Text span size="xs">
                {t('agenda:mine.in', { network: q.networkName })}
              </Text>
            </li>
          ))}
        </Stack>
      </Stack>
    </section>
  );
}
