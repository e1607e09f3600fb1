import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { formatDate } from '../../lib/dates';
import { useT } from '../../lib/use-t';
import './texts';
import { CycleBadges } from './CycleBadges';
import { cyclePath, cyclesTabPath } from './paths';
import { useCyclesOverview, useMyCycles } from './queries';

/** "Mijn leercycli": mine in every network, also after leaving one (read-only then). Nothing until I have one. */
export function MyCycles() {
  const { t } = useT();
  const mine = useMyCycles();
  return (
    <>
      {mine.data && mine.data.length > 0 && (
        <section aria-labelledby="my-cycles">
          <Stack gap="xs">
            <Title order={2} id="my-cycles" size="h3">
              {t('cycles:mine.title')}
            </Title>
            <Stack gap={8} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {mine.data.map((c) => (
                <li key={c.id}>
                  <Group gap={6} wrap="wrap">
                    <Anchor component={Link} to={cyclePath(c.networkId, c.id)}>
                      {c.title}
                    </Anchor>
                    <CycleBadges cycle={c} />
                    {c.formerOwner && <Badge variant="outline" color="gray">{t('cycles:mine.left')}</Badge>}
                  </Group>
                  <Text size="xs">
                    {t('cycles:mine.in', { network: c.networkName })} · {c.lastLogDate ? t('cycles:lastLog', { date: formatDate(c.lastLogDate) }) : t('cycles:noLogYet')}
                  </Text>
                </li>
              ))}
            </Stack>
          </Stack>
        </section>
      )}
      <FacilitatorOverview />
    </>
  );
}

/** For whoever facilitates networks: per network how many cycles run, are stale and closed. */
function FacilitatorOverview() {
  const { t } = useT();
  const overview = useCyclesOverview();
  if (!overview.data || overview.data.length === 0) return null;
  return (
    <section aria-labelledby="cycles-overview">
      <Stack gap="xs">
        <Title order={2} id="cycles-overview" size="h3">
          {t('cycles:overview.title')}
        </Title>
        <Table.ScrollContainer minWidth={420}>
          <Table aria-labelledby="cycles-overview">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cycles:overview.network')}</Table.Th>
                <Table.Th>{t('cycles:overview.running')}</Table.Th>
                <Table.Th>{t('cycles:overview.stale')}</Table.Th>
                <Table.Th>{t('cycles:overview.closed')}</Table.Th>
                <Table.Th>{t('cycles:overview.participants')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overview.data.map((n) => (
                <Table.Tr key={n.networkId}>
                  <Table.Td>
                    <Anchor component={Link} to={cyclesTabPath(n.networkId)}>
                      {n.networkName}
                    </Anchor>
                    {n.needAttention.length > 0 && (
                      <Text size="xs">
                        {t('cycles:overview.attention')}{' '}
                        {n.needAttention.map((c, i) => (
                          <span key={c.id}>
                            {i > 0 && ', '}
                            <Anchor component={Link} to={cyclePath(n.networkId, c.id)} size="xs">
                              {c.title}
                            </Anchor>
                          </span>
                        ))}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{n.running}</Table.Td>
                  <Table.Td>{n.stale}</Table.Td>
                  <Table.Td>{n.closed}</Table.Td>
                  <Table.Td>{n.participants}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </section>
  );
}
