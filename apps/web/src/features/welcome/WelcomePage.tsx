import { useState } from 'react';
import { Button, Group, List, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { EmptyState, PageError, PageLoader } from '../../app/PageState';
import { Panel } from '../../app/Panel';
import { usePageTitle } from '../../lib/page-title';
import { useT } from '../../lib/use-t';
import { useInstanceSettings } from '../admin/queries';
import './welcome-styles';
import { NetworkCard } from '../networks/NetworkCard';
import { usePublicNetworks, WELCOME_PAGE_SIZE } from './queries';

const audiences = ['facilitator', 'professional', 'citizen', 'student'] as const;

/** The front door for visitors: what Broedplaats is, for whom, how to join, and networks to look at. */
export function WelcomePage() {
  const { t } = useT();
  // The instance's own name and welcome text, as its platform admins set them; until they do (or while
  // the page is still asking), the page's own words, as the build prerendered them (scripts/prerender.ts).
  const instance = useInstanceSettings();
  usePageTitle(undefined, instance.data?.name);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [shown, setShown] = useState(1);
  const list = usePublicNetworks(q, 1);
  const more = usePublicNetworks(q, 2);
  const items = [...(list.data?.items ?? []), ...(shown > 1 ? (more.data?.items ?? []) : [])];

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Text fw={700} size="lg">
          {instance.data?.name ?? t('common:appName')}
        </Text>
        <Title order={1}>{t('welcome:title')}</Title>
        <Text size="lg" maw={720} style={{ whiteSpace: 'pre-line' }}>
          {instance.data?.welcome || t('welcome:intro')}
        </Text>
        <Group>
          <Button component={Link} to="/login">
            {t('welcome:login')}
          </Button>
          <Button component={Link} to="/register" variant="light">
            {t('welcome:register')}
          </Button>
        </Group>
      </Stack>

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Panel id="for-whom" title={t('welcome:forWhomTitle')}>
          <List spacing="xs">
            {audiences.map((who) => (
              <List.Item key={who}>{t(`welcome:forWhom.${who}`)}</List.Item>
            ))}
          </List>
        </Panel>
        <Panel id="join" title={t('welcome:joinTitle')}>
          <Text>{t('welcome:joinText')}</Text>
        </Panel>
      </SimpleGrid>

      <Stack component="section" aria-labelledby="public-networks-heading">
        <Title order={2} id="public-networks-heading">
          {t('welcome:networksTitle')}
        </Title>
        <Text>{t('welcome:networksIntro')}</Text>
        <TextInput
          type="search"
          label={t('welcome:search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setShown(1);
          }}
          maw={420}
        />
        {list.isPending && <PageLoader />}
        {list.isError && <PageError error={list.error} onRetry={() => void list.refetch()} />}
        {list.data && items.length === 0 && <EmptyState title={q ? t('welcome:noResults', { q }) : t('welcome:noNetworks')} />}
        {items.length > 0 && (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {items.map((network) => (
              <NetworkCard key={network.id} network={network} headingOrder={3} href={`/openbaar/${network.id}`} />
            ))}
          </SimpleGrid>
        )}
        {shown === 1 && (list.data?.total ?? 0) > WELCOME_PAGE_SIZE && (
          <Group>
            <Button variant="default" onClick={() => setShown(2)}>
              {t('welcome:more')}
            </Button>
          </Group>
        )}
      </Stack>
    </Stack>
  );
}
