import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Anchor, Button, Card, Group, Pagination, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { QuestionOrigin, QuestionSort, QuestionStatus } from '@broedplaats/contracts';
import { PageError, PageLoader } from '../../app/PageState';
import type { NetworkSectionProps as Props } from '../../lib/sections';
import { useT } from '../../lib/use-t';
import { themeSelectProps, useThemeLabels } from '../networks/theme-labels';
import { ProposeForm } from './ProposeForm';
import { QuestionDetailView } from './QuestionDetail';
import { DotsControl, RoundPanel } from './Round';
import { StatusBadge } from './StatusBadge';
import { SupportButton } from './SupportButton';
import { useQuestions } from './queries';

const PAGE_SIZE = 20;

/** The shared agenda: a sorted, filtered list; `?vraag=<id>` opens one question in place. */
export function AgendaSection({ network }: Props) {
  const { t } = useT();
  const [search, setSearch] = useSearchParams();
  const [proposing, setProposing] = useState(false);
  const [sort, setSort] = useState<QuestionSort>('recent');
  const [status, setStatus] = useState<QuestionStatus | null>(null);
  const [origin, setOrigin] = useState<QuestionOrigin | null>(null);
  const [theme, setTheme] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const themes = useThemeLabels();
  const query = { sort, page, pageSize: PAGE_SIZE, ...(status ? { status } : {}), ...(origin ? { origin } : {}), ...(theme ? { theme } : {}) };
  const questions = useQuestions(network.id, query);
  const open = search.get('vraag');
  const readOnly = network.archived;
  const show = (id: string | null) =>
    setSearch((params) => {
      if (id) params.set('vraag', id);
      else params.delete('vraag');
      return params;
    });

  if (open) return <QuestionDetailView network={network} questionId={open} onBack={() => show(null)} />;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('agenda:title')}</Title>
        {!readOnly && !proposing && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setProposing(true)}>
            {t('agenda:propose.open')}
          </Button>
        )}
      </Group>
      <Text size="sm">{t('agenda:intro')}</Text>
      {proposing && (
        <Card withBorder>
          <ProposeForm networkId={network.id} networkThemeIds={network.themeIds} onDone={() => setProposing(false)} />
        </Card>
      )}
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        <Select
          label={t('agenda:sort.label')}
          value={sort}
          allowDeselect={false}
          onChange={(v) => v && setSort(v as QuestionSort)}
          data={QuestionSort.options.map((value) => ({ value, label: t(`agenda:sort.${value}`) }))}
        />
        <Select
          label={t('agenda:filter.status')}
          value={status}
          clearable
          placeholder={t('agenda:filter.all')}
          onChange={(v) => (setStatus(v as QuestionStatus | null), setPage(1))}
          data={QuestionStatus.options.map((value) => ({ value, label: t(`agenda:status.${value}`) }))}
        />
        <Select
          label={t('agenda:filter.origin')}
          value={origin}
          clearable
          placeholder={t('agenda:filter.all')}
          onChange={(v) => (setOrigin(v as QuestionOrigin | null), setPage(1))}
          data={QuestionOrigin.options.map((value) => ({ value, label: t(`agenda:origin.${value}`) }))}
        />
        <Select
          label={t('agenda:filter.theme')}
          value={theme}
          clearable
          searchable
          placeholder={t('agenda:filter.all')}
          onChange={(v) => (setTheme(v), setPage(1))}
          {...themeSelectProps(themes.labels)}
        />
      </SimpleGrid>
      <RoundPanel network={network} />
      {questions.isPending ? (
        <PageLoader />
      ) : questions.isError ? (
        <PageError error={questions.error} onRetry={() => void questions.refetch()} />
      ) : questions.data.items.length === 0 ? (
        <Text>{t('agenda:empty')}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('agenda:title')}>
          {questions.data.items.map((question) => (
            <Card component="li" key={question.id} withBorder padding="sm">
              <Stack gap={6}>
                <Anchor component="button" type="button" ta="left" fw={600} onClick={() => show(question.id)} style={{ overflowWrap: 'anywhere' }}>
                  {question.title}
                </Anchor>
                {question.themeIds.length > 0 && <Text size="xs">{question.themeIds.map((id) => themes.labelOf(id).label).join(' · ')}</Text>}
                <Group gap="xs" justify="space-between" wrap="wrap">
                  <Group gap="xs">
                    <StatusBadge status={question.status} />
                    <Text size="xs">{t('agenda:commentCount', { count: question.commentCount })}</Text>
                    {question.roundDots !== null && <Text size="xs">{t('agenda:round.inLast', { count: question.roundDots })}</Text>}
                  </Group>
                  <Group gap="xs" wrap="wrap">
                    <DotsControl network={network} question={question} />
                    <SupportButton question={question} disabled={readOnly} />
                  </Group>
                </Group>
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      {questions.data && questions.data.total > PAGE_SIZE && <Pagination total={Math.ceil(questions.data.total / PAGE_SIZE)} value={page} onChange={setPage} size="sm" />}
    </Stack>
  );
}
