import { Anchor, Group, NumberInput, Button, Select, Stack, Switch, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import type { CyclePage, CyclePhase, CycleSort } from '@broedplaats/contracts';
import { formatDate } from '../../lib/dates';
import { useT } from '../../lib/use-t';
import { cyclePath } from './paths';

export type CycleFilter = { sort: CycleSort; phase?: CyclePhase; stale?: 'true' };

type Props = { page: CyclePage; filter: CycleFilter; onFilter: (next: CycleFilter) => void };

const PHASES: CyclePhase[] = ['plan', 'act', 'observe', 'reflect'];

/** The cycles of a network as a table, sorted and filtered by the server (it knows what I may see). */
export function CycleTable({ page, filter, onFilter }: Props) {
  const { t } = useT();
  const header = (sort: CycleSort, label: string) => {
    const active = filter.sort === sort;
    return (
      <Table.Th aria-sort={active ? (sort === 'recent' ? 'descending' : 'ascending') : 'none'}>
        <UnstyledButton onClick={() => onFilter({ ...filter, sort })} fw={600} fz="sm">
          <Group gap={4} wrap="nowrap">
            {label}
            {active ? <IconSortAscending size={14} aria-hidden /> : <IconArrowsSort size={14} aria-hidden />}
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };
  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end">
        <Select
          label={t('cycles:table.phaseFilter')}
          clearable
          w={180}
          value={filter.phase ?? null}
          onChange={(phase) => onFilter({ ...filter, phase: (phase ?? undefined) as CyclePhase | undefined })}
          data={PHASES.map((p) => ({ value: p, label: t(`cycles:phase.${p}`) }))}
        />
        <Switch label={t('cycles:table.staleOnly')} checked={filter.stale === 'true'} onChange={(e) => onFilter({ ...filter, stale: e.currentTarget.checked ? 'true' : undefined })} />
      </Group>
      <Table.ScrollContainer minWidth={560}>
        <Table striped aria-label={t('cycles:table.caption')}>
          <Table.Thead>
            <Table.Tr>
              {header('title', t('cycles:table.title'))}
              <Table.Th>{t('cycles:table.owners')}</Table.Th>
              {header('phase', t('cycles:table.phase'))}
              {header('iterations', t('cycles:table.iterations'))}
              {header('recent', t('cycles:table.lastLog'))}
              {header('stale', t('cycles:table.stale'))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page.items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={cyclePath(c.networkId, c.id)}>
                    {c.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{c.owners.map((o) => o.displayName).join(', ')}</Table.Td>
                <Table.Td>{c.status === 'closed' ? t('cycles:status.closed') : t(`cycles:phase.${c.phase}`)}</Table.Td>
                <Table.Td>{c.iteration}</Table.Td>
                <Table.Td>{c.lastLogDate ? formatDate(c.lastLogDate) : t('cycles:noLogYet')}</Table.Td>
                <Table.Td>{c.stale ? t('cycles:stale') : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** How many people of each participant category take part in a cycle. */
export function Participation({ page }: { page: CyclePage }) {
  const { t } = useT();
  if (page.participation.length === 0) return null;
  return (
    <Table aria-label={t('cycles:participation.caption')} maw={420}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('cycles:participation.category')}</Table.Th>
          <Table.Th>{t('cycles:participation.takingPart')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {page.participation.map((p) => (
          <Table.Tr key={p.category}>
            <Table.Td>{t(`members:category.${p.category}`)}</Table.Td>
            <Table.Td>{t('cycles:participation.of', { count: p.takingPart, members: p.members })}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** After how many days without a log a cycle counts as stale (facilitators). */
export function StaleSetting({ staleDays, onSave, pending }: { staleDays: number; onSave: (days: number) => void; pending: boolean }) {
  const { t } = useT();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const days = Number(new FormData(e.currentTarget).get('staleDays'));
        if (days >= 1 && days <= 365) onSave(days);
      }}
    >
      <Group align="flex-end" gap="sm">
        <NumberInput name="staleDays" label={t('cycles:settings.staleDays')} min={1} max={365} defaultValue={staleDays} w={200} key={staleDays} />
        <Button type="submit" variant="light" loading={pending}>
          {t('cycles:settings.save')}
        </Button>
      </Group>
      <Text size="xs" mt={4}>
        {t('cycles:settings.hint')}
      </Text>
    </form>
  );
}
