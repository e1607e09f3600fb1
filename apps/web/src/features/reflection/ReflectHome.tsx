import { Link } from 'react-router-dom';
import { Button, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../lib/use-t';
import './texts';

/** On "Voor mij": a short invitation to reflect, leading to the private journal. */
export function ReflectHome() {
  const { t } = useT();
  return (
    <section aria-labelledby="reflect-home">
      <Stack gap="xs" align="flex-start">
        <Title order={2} id="reflect-home" size="h3">
          {t('reflection:home.title')}
        </Title>
        <Text size="sm">{t('reflection:home.text')}</Text>
        <Button component={Link} to="/reflecties" variant="light">
          {t('reflection:home.open')}
        </Button>
      </Stack>
    </section>
  );
}
