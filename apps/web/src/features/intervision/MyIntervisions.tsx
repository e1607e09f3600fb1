import { Stack, Text, Title } from '@mantine/core';
import { errorMessage } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import './texts';
import { SessionList } from './IntervisionSection';
import { useMySessions } from './queries';

/** On "Voor mij": my coming and running sessions in all networks (title, time, method, my role; never content). */
export function MyIntervisions() {
  const { t } = useT();
  const sessions = useMySessions();
  const open = sessions.data?.filter((s) => s.status !== 'ended') ?? [];
  return (
    <section aria-labelledby="my-intervisions">
      <Stack gap="sm">
        <Title order={2} id="my-intervisions" size="h3">
          {t('intervision:mine.title')}
        </Title>
        {sessions.isError ? (
          <Text c="red.8">{errorMessage(t, sessions.error)}</Text>
        ) : sessions.data && open.length === 0 ? (
          <Text size="sm">{t('intervision:mine.none')}</Text>
        ) : (
          <SessionList sessions={open} labelledBy="my-intervisions" />
        )}
      </Stack>
    </section>
  );
}
