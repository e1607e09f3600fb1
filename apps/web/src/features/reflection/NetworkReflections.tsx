import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Badge, Button, Card, Group, Paper, Stack, Switch, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { ValueCycle, type ReflectionAggregates } from '@broedplaats/contracts';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { formatDate } from '../../lib/dates';
import { notifySuccess } from '../../lib/notify';
import type { NetworkSectionProps as Props } from '../../lib/sections';
import { useT } from '../../lib/use-t';
import './texts';
import { useAggregates, useSharedReflections, useValueStories, useWriteValueStory } from './queries';

const plain = { listStyle: 'none', padding: 0, margin: 0 } as const;

/** The network's reflection: what members shared, how it spreads (cells of five people or more), value stories. */
export function NetworkReflections({ network }: Props) {
  const { t } = useT();
  const shared = useSharedReflections(network.id);
  const aggregates = useAggregates(network.id);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('reflection:shared.title')}</Title>
        <Button component={Link} to="/reflecties" variant="light">
          {t('reflection:shared.write')}
        </Button>
      </Group>
      {aggregates.data?.prompt && (
        <Alert color="teal" variant="light">
          {t('reflection:networkPrompt', { side: t(`reflection:domain.${aggregates.data.prompt}`), prompt: t(`reflection:prompt.${aggregates.data.prompt}`) })}
        </Alert>
      )}
      {shared.isError ? (
        <Text c="red.8">{errorMessage(t, shared.error)}</Text>
      ) : shared.data?.length === 0 ? (
        <Text size="sm">{t('reflection:shared.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" style={plain} aria-label={t('reflection:shared.title')}>
          {(shared.data ?? []).slice(0, 30).map((r) => (
            <Paper component="li" key={r.id} withBorder p="sm" radius="sm">
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{r.sharedPart}</Text>
              <Group gap={4} mt={4}>
                <Text size="xs">
                  {t('reflection:shared.by', { name: r.author?.displayName ?? t('reflection:shared.someone') })} · {formatDate(r.createdAt)}
                </Text>
                {r.domains.map((d) => (
                  <Badge key={d} size="xs" variant="light">
                    {t(`reflection:domain.${d}`)}
                  </Badge>
                ))}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {aggregates.data && <Aggregates data={aggregates.data} />}
      <ValueStories networkId={network.id} readOnly={network.archived} />
    </Stack>
  );
}

/** Per quarter, how many reflections (and people) per side; cells under the threshold are left out, and why is said. */
function Aggregates({ data }: { data: ReflectionAggregates }) {
  const { t } = useT();
  const keys = ['qualification', 'socialisation', 'subjectification'] as const;
  return (
    <Stack gap="xs" component="section" aria-labelledby="aggregates-heading">
      <Title order={3} size="h4" id="aggregates-heading">
        {t('reflection:aggregates.title')}
      </Title>
      <Text size="sm">{t('reflection:aggregates.why', { min: data.minPeople })}</Text>
      {data.periods.length === 0 ? (
        <Text size="sm">{t('reflection:aggregates.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped aria-labelledby="aggregates-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reflection:aggregates.period')}</Table.Th>
                {keys.map((k) => (
                  <Table.Th key={k}>{t(`reflection:domain.${k}`)}</Table.Th>
                ))}
                <Table.Th>{t('reflection:aggregates.hidden')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.periods.map((p) => (
                <Table.Tr key={p.period}>
                  <Table.Th scope="row">{p.period}</Table.Th>
                  {keys.map((k) => {
                    const cell = p.domains.find((c) => c.key === k);
                    return <Table.Td key={k}>{cell ? t('reflection:aggregates.count', { reflections: cell.reflections, people: cell.people }) : '–'}</Table.Td>;
                  })}
                  <Table.Td>{p.hidden}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** Value stories walk Wenger-Trayner's five cycles; shared ones are read by the network's members. */
function ValueStories({ networkId, readOnly }: { networkId: string; readOnly: boolean }) {
  const { t } = useT();
  const stories = useValueStories(networkId);
  const write = useWriteValueStory(networkId);
  const [open, setOpen] = useState(false);
  const empty = { title: '', immediate: '', potential: '', applied: '', realised: '', reframing: '', shared: false };
  const [story, setStory] = useState(empty);
  const fields = fieldErrors(t, write.error);
  return (
    <Stack gap="xs" component="section" aria-labelledby="stories-heading">
      <Group justify="space-between">
        <Title order={3} size="h4" id="stories-heading">
          {t('reflection:stories.title')}
        </Title>
        {!readOnly && !open && (
          <Button variant="default" onClick={() => setOpen(true)}>
            {t('reflection:stories.write')}
          </Button>
        )}
      </Group>
      <Text size="sm">{t('reflection:stories.intro')}</Text>
      {open && (
        <Card withBorder>
          <form
            aria-label={t('reflection:stories.write')}
            onSubmit={(e) => {
              e.preventDefault();
              write.mutate(story, { onSuccess: () => (setOpen(false), setStory(empty), notifySuccess(t('reflection:stories.saved'))) });
            }}
          >
            <Stack gap="sm">
              <TextInput label={t('reflection:stories.name')} required value={story.title} onChange={(e) => setStory({ ...story, title: e.currentTarget.value })} error={fields.title} />
              {ValueCycle.options.map((c) => (
                <Textarea key={c} label={t(`reflection:cycle.${c}`)} required={c === 'immediate'} autosize minRows={2} value={story[c]} onChange={(e) => setStory({ ...story, [c]: e.currentTarget.value })} error={fields[c]} />
              ))}
              <Switch label={t('reflection:stories.share')} checked={story.shared} onChange={(e) => setStory({ ...story, shared: e.currentTarget.checked })} />
              <Group>
                <Button type="submit" loading={write.isPending}>
                  {t('reflection:stories.save')}
                </Button>
                <Button variant="default" onClick={() => setOpen(false)}>
                  {t('reflection:stories.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      )}
      {stories.data?.length === 0 ? (
        <Text size="sm">{t('reflection:stories.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" style={plain} aria-labelledby="stories-heading">
          {(stories.data ?? []).map((s) => (
            <Paper component="li" key={s.id} withBorder p="sm" radius="sm">
              <Text fw={600}>{s.title}</Text>
              <Text size="xs">{t('reflection:stories.by', { name: s.author?.displayName ?? t('reflection:shared.someone') })}</Text>
              {ValueCycle.options.filter((c) => s[c]).map((c) => (
                <Text size="sm" key={c}>
                  <strong>{t(`reflection:cycle.${c}`)}</strong> {s[c]}
                </Text>
              ))}
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
