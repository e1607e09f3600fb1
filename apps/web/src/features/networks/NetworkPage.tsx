import { Suspense, useEffect, useState } from 'react';
import { Alert, Anchor, Button, Group, Menu, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconDots, IconLogout } from '@tabler/icons-react';
import { useT } from '../../lib/use-t';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { canManageNetwork } from '@broedplaats/domain';
import { PageError, PageLoader } from '../../app/PageState';
import { usePageTitle } from '../../lib/page-title';
import { seesSection, useSections } from '../../lib/sections';
import { useMe } from '../auth/queries';
import { DutyBanner } from '../admin/DutyBanner';
import { LeaveNetworkDialog } from '../members/LeaveNetworkDialog';
import { NetworkBadges } from './NetworkBadges';
import { useNetwork } from './queries';

export function NetworkPage() {
  const { t } = useT();
  const { networkId = '', tab } = useParams();
  const navigate = useNavigate();
  const me = useMe();
  const network = useNetwork(networkId);
  const sections = useSections().network;
  // The parts of the tab being opened download while the network itself is still being asked for,
  // instead of after it arrives (one round trip less before a phone shows the page). Facilitators'
  // parts wait until the network says who is asking: members never download those.
  useEffect(() => {
    sections.filter((section) => section.tab.id === (tab ?? sections[0]?.tab.id) && section.audience !== 'facilitator').forEach((section) => section.preload());
  }, [sections, tab]);
  const [leaving, setLeaving] = useState(false);
  usePageTitle(network.data?.name ?? t('networks:page.title'));

  if (network.isPending) return <PageLoader />;
  if (network.isError)
    return (
      <Stack>
        <Title order={1}>{t('networks:page.title')}</Title>
        <PageError error={network.error} onRetry={() => void network.refetch()} />
        <Anchor component={Link} to="/networks">
          {t('networks:page.back')}
        </Anchor>
      </Stack>
    );

  const data = network.data;
  const isMember = data.myRole !== null;
  // A platform admin on a facilitator-on-duty shift manages profile and people, without being a member.
  const canManage = canManageNetwork({ role: data.myRole, isPlatformAdmin: me.data?.isPlatformAdmin ?? false, onDuty: data.onDuty !== null });
  // The parts capabilities register (app/sections.ts), each shown to whom it is for, grouped in tabs.
  const visible = sections.filter((section) => seesSection(section.audience, { isMember, canManage }));
  const tabs = [...new Map(visible.map((section) => [section.tab.id, section.tab])).values()];
  const current = tabs.find((candidate) => candidate.id === tab) ?? tabs[0];

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          {/* Long Dutch compounds ("vroegsignalering") break between syllables, not mid-letter, and the name stays readable on a phone. */}
          <Title order={1} fz={{ base: 'h2', sm: 'h1' }} lang="nl" style={{ overflowWrap: 'break-word', hyphens: 'auto' }}>
            {data.name}
          </Title>
          {isMember && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button variant="subtle" color="gray" leftSection={<IconDots size={16} aria-hidden />} aria-label={t('networks:page.more.label')}>
                  {t('networks:page.more.button')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item color="red.8" leftSection={<IconLogout size={16} aria-hidden />} onClick={() => setLeaving(true)}>
                  {t('members:leave.button')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
        <NetworkBadges network={data} />
      </Stack>
      {isMember && <LeaveNetworkDialog networkId={data.id} networkName={data.name} opened={leaving} onClose={() => setLeaving(false)} />}

      {data.archived && (
        <Alert color="orange" variant="light" title={t('networks:page.archivedTitle')}>
          {t('networks:page.archivedText')}
        </Alert>
      )}
      {data.onDuty && <DutyBanner networkId={data.id} onDuty={data.onDuty} />}
      {!isMember && !data.onDuty && (
        <Alert color="blue" variant="light" title={t('networks:page.publicTitle')}>
          <Text>{t('networks:page.publicText')}</Text>
        </Alert>
      )}

      {current && (
        <Tabs value={current.id} onChange={(next) => next && navigate(`/networks/${data.id}/${next}`)} keepMounted={false}>
          {tabs.length > 1 && (
            <Tabs.List aria-label={t('networks:tabs.label')}>
              {tabs.map((candidate) => (
                <Tabs.Tab key={candidate.id} value={candidate.id}>
                  {t(candidate.label)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
          )}
          {tabs.map((candidate) => (
            <Tabs.Panel key={candidate.id} value={candidate.id} pt="lg">
              <Suspense fallback={<PageLoader />}>
                <Stack gap="lg">
                  {visible
                    .filter((section) => section.tab.id === candidate.id)
                    .map(({ id, component: Section }) => (
                      <Section key={id} network={data} canManage={canManage} />
                    ))}
                </Stack>
              </Suspense>
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}
