import { Suspense, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Anchor, Button, Group, List, Loader, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowLeft, IconDownload, IconPrinter } from '@tabler/icons-react';
import { cycleRoutes, pathOf } from '@broedplaats/contracts';
import { PageError, PageLoader } from '../../app/PageState';
import { lazyComponent } from '../../lib/lazy-component';
import { usePageTitle } from '../../lib/page-title';
import { useT } from '../../lib/use-t';
import './texts';
import { cyclesTabPath } from './paths';
import { useCycleReport } from './queries';
import classes from './report.module.css';

const IndicatorChart = lazyComponent(() => import('./IndicatorChart'), (m) => m.IndicatorChart);

/** The half-year report for the funder: printable (print CSS hides the app around it) and as Markdown. */
export function CycleReportPage() {
  const { t } = useT();
  const { networkId = '' } = useParams();
  const [from, setFrom] = useState<string | undefined>();
  const [to, setTo] = useState<string | undefined>();
  const report = useCycleReport(networkId, from, to);
  usePageTitle(t('cycles:report.title'));
  if (report.isPending) return <PageLoader />;
  if (report.isError) return <PageError error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  const md = `${pathOf(cycleRoutes.cycleReportMarkdown, { networkId })}?from=${r.from}&to=${r.to}`;
  return (
    <Stack gap="lg" maw={900} className={classes.report}>
      <Anchor component={Link} to={cyclesTabPath(networkId)} className={classes.noPrint}>
        <IconArrowLeft size={14} aria-hidden /> {t('cycles:page.back')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{t('cycles:report.title')}</Title>
        <Text fw={600}>{r.networkName}</Text>
        <Text>
          {r.from} – {r.to}
        </Text>
      </Stack>
      <Group align="flex-end" className={classes.noPrint}>
        <TextInput type="date" label={t('cycles:report.from')} value={r.from} onChange={(e) => setFrom(e.currentTarget.value || undefined)} />
        <TextInput type="date" label={t('cycles:report.to')} value={r.to} onChange={(e) => setTo(e.currentTarget.value || undefined)} />
        <Button leftSection={<IconPrinter size={16} aria-hidden />} variant="light" onClick={() => window.print()}>
          {t('cycles:report.print')}
        </Button>
        <Button component="a" href={md} download leftSection={<IconDownload size={16} aria-hidden />} variant="light">
          {t('cycles:report.markdown')}
        </Button>
      </Group>
      <Text>{t('cycles:report.totals', r.totals)}</Text>
      {r.notDescribed > 0 && <Text>{t('cycles:report.notDescribed', { count: r.notDescribed })}</Text>}
      {r.cycles.map((c) => (
        <Paper key={c.id} withBorder p="md" radius="md" component="section" aria-labelledby={`report-${c.id}`} className={classes.cycle}>
          <Stack gap="xs">
            <Title order={2} size="h3" id={`report-${c.id}`}>
              {c.title}
            </Title>
            <Text size="sm">
              {c.owners.join(', ')} · {c.status === 'closed' ? t('cycles:status.closed') : t(`cycles:phase.${c.phase}`)} · {t('cycles:report.logsInPeriod', { count: c.logsInPeriod })}
            </Text>
            <Text fw={600} size="sm">
              {t('cycles:form.learningQuestion')}
            </Text>
            <Text>{c.learningQuestion}</Text>
            {c.changeGoals.length > 0 && (
              <>
                <Text fw={600} size="sm">
                  {t('cycles:form.changeGoals')}
                </Text>
                <List size="sm">
                  {c.changeGoals.map((g, i) => (
                    <List.Item key={i}>{g}</List.Item>
                  ))}
                </List>
              </>
            )}
            {c.iterations.map((it) => (
              <Text key={it.number} size="sm">
                <Text span fw={600}>
                  {t('cycles:iterationOf', { number: it.number })}:
                </Text>{' '}
                {[it.plan, it.reflection].filter(Boolean).join(' → ')}
              </Text>
            ))}
            {c.indicators.length > 0 && (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {c.indicators.map((ind) => (
                  <Stack key={ind.id} gap={2}>
                    <Text fw={600} size="sm">
                      {ind.name} {ind.unit && `(${ind.unit})`}
                    </Text>
                    <Text size="xs">
                      {t('cycles:indicators.summary', { baseline: ind.baseline, target: ind.target, direction: t(`cycles:direction.${ind.direction}`) })}
                      {ind.latest !== null && ` · ${t('cycles:report.latest', { value: ind.latest })}`}
                    </Text>
                    {ind.points.length > 0 && (
                      <Suspense fallback={<Loader size="sm" aria-label={t('common:loading')} />}>
                        <IndicatorChart indicator={ind} points={ind.points} />
                      </Suspense>
                    )}
                  </Stack>
                ))}
              </SimpleGrid>
            )}
            {c.conclusion && (
              <Text>
                <Text span fw={600}>
                  {t('cycles:close.learned')}
                </Text>{' '}
                {c.conclusion.learned}
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
