import { Suspense, useState } from 'react';
import { Anchor, Badge, Button, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { questionTransitions } from '@broedplaats/domain';
import type { Network, QuestionDetail, QuestionStatus } from '@broedplaats/contracts';
import { PageError, PageLoader } from '../../app/PageState';
import { errorMessage } from '../../lib/errors';
import { useSections } from '../../lib/sections';
import { useT } from '../../lib/use-t';
import { useMe } from '../auth/queries';
import { useThemeLabels } from '../networks/theme-labels';
import { Comments } from './Comments';
import { OutcomePanel, PublicToggles, TakeOnPanel } from './QuestionWork';
import { StatusBadge } from './StatusBadge';
import { SupportButton } from './SupportButton';
import { useChangeStatus, useQuestion } from './queries';

/** One question: what it is about, its history, who works on it, the conversation; facilitators move it along. */
export function QuestionDetailView({ network, questionId, onBack }: { network: Network; questionId: string; onBack: () => void }) {
  const { t } = useT();
  const question = useQuestion(network.id, questionId);
  const parts = useSections().question;
  const themes = useThemeLabels();
  const me = useMe();
  if (question.isPending) return <PageLoader />;
  if (question.isError) return <PageError error={question.error} onRetry={() => void question.refetch()} />;
  const q = question.data;
  return (
    <Stack gap="md">
      <Anchor component="button" type="button" ta="left" onClick={onBack}>
        {t('agenda:detail.back')}
      </Anchor>
      <Title order={2} style={{ overflowWrap: 'anywhere' }}>
        {q.title}
      </Title>
      <Group gap="xs" wrap="wrap">
        <StatusBadge status={q.status} />
        <Text size="sm">{t(`agenda:origin.${q.origin}`)}</Text>
        {q.proposer && <Text size="sm">{t('agenda:detail.proposedBy', { name: q.proposer.displayName })}</Text>}
        {q.public && (
          <Badge variant="outline" color="gray">
            {t('agenda:detail.public')}
          </Badge>
        )}
        <SupportButton question={q} disabled={network.archived} />
      </Group>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{q.situation}</Text>
      {q.commissionedBy && <Text size="sm">{t('agenda:detail.commissionedBy', { name: q.commissionedBy })}</Text>}
      {q.residentPerspective && (
        <Text size="sm">
          {t('agenda:detail.residentPerspective')}: {q.residentPerspective}
        </Text>
      )}
      {q.themeIds.length > 0 && <Text size="sm">{q.themeIds.map((id) => themes.labelOf(id).label).join(' · ')}</Text>}
      {me.data && <PublicToggles network={network} question={q} meId={me.data.id} />}
      {me.data && <TakeOnPanel network={network} question={q} meId={me.data.id} />}
      {me.data && <OutcomePanel key={q.outcome?.at ?? 'none'} network={network} question={q} meId={me.data.id} />}
      {!network.archived && <StatusControls network={network} question={q} />}
      <section aria-labelledby="question-history">
        <Title order={3} id="question-history" size="h4">
          {t('agenda:detail.history')}
        </Title>
        <Stack gap={4} component="ol" style={{ paddingLeft: '1.2rem' }}>
          {q.history.map((h) => (
            <li key={`${h.at}-${h.to}`}>
              <Text size="sm">
                {t('agenda:detail.historyItem', { status: t(`agenda:status.${h.to}`), name: h.by?.displayName ?? '—' })} · {new Date(h.at).toLocaleDateString()}
                {h.reason && ` · ${t('agenda:detail.reason', { reason: h.reason })}`}
              </Text>
            </li>
          ))}
        </Stack>
      </section>
      {/* Extension point: other capabilities add parts here (app/sections.ts `question`), e.g. "Besproken in". */}
      {parts.map(({ id, component: Part }) => (
        <Suspense key={id} fallback={null}>
          <Part networkId={network.id} questionId={q.id} />
        </Suspense>
      ))}
      <Comments network={network} questionId={q.id} />
    </Stack>
  );
}

function StatusControls({ network, question }: { network: Network; question: QuestionDetail }) {
  const { t } = useT();
  const me = useMe();
  const change = useChangeStatus(network.id, question.id);
  const [settingAside, setSettingAside] = useState(false);
  const [reason, setReason] = useState('');
  const isFacilitator = network.myRole === 'facilitator';
  const isProposer = question.proposer?.id === me.data?.id;
  const targets = questionTransitions[question.status].filter((to) => (to === 'withdrawn' ? isProposer : isFacilitator));
  if (targets.length === 0) return null;
  const go = (to: QuestionStatus, why = '') => change.mutate({ from: question.status, to, reason: why }, { onSuccess: () => setSettingAside(false) });
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap" role="group" aria-label={t('agenda:status_change.label')}>
        {targets.map((to) => (
          <Button key={to} size="compact-sm" variant="light" loading={change.isPending} onClick={() => (to === 'set-aside' ? setSettingAside(true) : go(to))}>
            {to === 'withdrawn' ? t('agenda:status_change.withdraw') : t('agenda:status_change.to', { status: t(`agenda:status.${to}`) })}
          </Button>
        ))}
      </Group>
      {change.isError && (
        <Text c="red" role="alert" size="sm">
          {errorMessage(t, change.error)}
        </Text>
      )}
      <Modal opened={settingAside} onClose={() => setSettingAside(false)} title={t('agenda:status_change.reasonTitle')}>
        <Stack>
          <Textarea label={t('agenda:status_change.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <Button disabled={reason.trim() === ''} loading={change.isPending} onClick={() => go('set-aside', reason)}>
            {t('agenda:status_change.confirm')}
          </Button>
        </Stack>
      </Modal>
    </Stack>
  );
}
