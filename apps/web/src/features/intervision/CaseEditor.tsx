import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { CASE_TEXT_MAX, intervisionRoutes, type CaseText, type IntervisionSessionDetail, type PseudonymHit } from '@broedplaats/contracts';
import { findIdentifyingDetails } from '@broedplaats/domain';
import { ConfirmButton } from '../../app/ConfirmButton';
import { callRoute } from '../../lib/api';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { useT } from '../../lib/use-t';
import { applyDecisions, type Decision } from './pseudonyms';
import { useIntervisionChange } from './queries';

type Props = { networkId: string; session: IntervisionSessionDetail; mayWrite: boolean };
type Nudge = { checked: string; hits: PseudonymHit[]; decisions: Decision[] };

/**
 * The case: everyone in the session reads it; the case owner writes it. Before saving, the text is
 * checked here for what identifies people and each hit is shown with a suggestion; the owner replaces
 * or keeps each one, then saves (the server checks again and answers what it still finds).
 */
export function CaseEditor({ networkId, session, mayWrite }: Props) {
  const { t } = useT();
  const isOwner = session.myRole === 'case-owner';
  const [draft, setDraft] = useState<string | null>(null);
  const [nudge, setNudge] = useState<Nudge | null>(null);
  const [serverHits, setServerHits] = useState<PseudonymHit[]>([]);
  const params = { networkId, sessionId: session.id };
  const save = useIntervisionChange(networkId, (text: string) => callRoute(intervisionRoutes.writeIntervisionCase, { params, body: { text } }));
  const erase = useIntervisionChange(networkId, () => callRoute(intervisionRoutes.eraseIntervisionCase, { params }));

  const send = (text: string) =>
    save.mutate(text, {
      onSuccess: (saved: CaseText) => {
        setDraft(null);
        setNudge(null);
        setServerHits(saved.hits);
        notifySuccess(t('intervision:case.saved'));
      },
    });
  const check = () => {
    const text = draft ?? '';
    const hits = findIdentifyingDetails(text);
    if (hits.length === 0) send(text);
    else setNudge({ checked: text, hits, decisions: hits.map(() => null) });
  };
  const decide = (i: number, decision: Decision) => setNudge((n) => n && { ...n, decisions: n.decisions.map((d, j) => (j === i ? decision : d)) });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="case-heading">
      <Title order={2} id="case-heading" mb="sm">
        {t('intervision:case.title')}
      </Title>
      {nudge ? (
        <NudgeList nudge={nudge} decide={decide} pending={save.isPending} onBack={() => { setDraft(applyDecisions(nudge.checked, nudge.hits, nudge.decisions)); setNudge(null); }} onSave={() => send(applyDecisions(nudge.checked, nudge.hits, nudge.decisions))} />
      ) : draft !== null ? (
        <Stack gap="sm">
          <Textarea label={t('intervision:case.label')} description={t('intervision:case.hint')} autosize minRows={6} maxLength={CASE_TEXT_MAX} value={draft} onChange={(e) => setDraft(e.currentTarget.value)} error={fieldErrors(t, save.error).text} />
          <Group>
            <Button leftSection={<IconShieldCheck size={16} aria-hidden />} loading={save.isPending} disabled={draft.trim() === ''} onClick={check}>
              {t('intervision:case.check')}
            </Button>
            <Button variant="default" onClick={() => setDraft(null)}>
              {t('intervision:case.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          {session.case ? (
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="case-text">
              {session.case.text}
            </Text>
          ) : (
            <Text>{session.erasedAt ? t('intervision:session.erased') : t('intervision:case.none')}</Text>
          )}
          {isOwner && serverHits.length > 0 && session.case && (
            <Text size="sm" c="orange.9">
              {t('intervision:case.serverHits', { list: serverHits.map((h) => `${h.text} (${t(`intervision:nudge.kind.${h.kind}`)})`).join(', ') })}
            </Text>
          )}
          {isOwner && (
            <Group>
              {mayWrite && (
                <Button variant={session.case ? 'default' : 'filled'} onClick={() => setDraft(session.case?.text ?? '')}>
                  {session.case ? t('intervision:case.edit') : t('intervision:case.write')}
                </Button>
              )}
              {session.case && (
                <ConfirmButton
                  variant="outline"
                  color="red.9"
                  title={t('intervision:case.erase')}
                  question={t('intervision:case.eraseQuestion')}
                  confirmLabel={t('intervision:case.erase')}
                  onConfirm={() => erase.mutateAsync(undefined).then(() => notifySuccess(t('intervision:case.erasedDone')))}
                >
                  {t('intervision:case.erase')}
                </ConfirmButton>
              )}
            </Group>
          )}
        </Stack>
      )}
      {(save.isError || erase.isError) && (
        <Text c="red.8" role="alert" mt="sm">
          {errorMessage(t, save.error ?? erase.error)}
        </Text>
      )}
    </Paper>
  );
}

function NudgeList({ nudge, decide, pending, onBack, onSave }: { nudge: Nudge; decide: (i: number, d: Decision) => void; pending: boolean; onBack: () => void; onSave: () => void }) {
  const { t } = useT();
  return (
    <Alert color="orange" variant="light" title={t('intervision:nudge.title')} role="region" aria-label={t('intervision:nudge.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('intervision:nudge.intro')}</Text>
        <Stack component="ul" gap="xs" aria-label={t('intervision:nudge.list')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {nudge.hits.map((hit, i) => (
            <Stack component="li" key={`${hit.start}-${hit.kind}`} gap={4}>
              <Text size="sm">
                <strong>{t(`intervision:nudge.kind.${hit.kind}`)}</strong>: <mark>{hit.text}</mark>
              </Text>
              {nudge.decisions[i] === null ? (
                <Group gap="xs">
                  <Button size="xs" onClick={() => decide(i, 'replace')}>
                    {t('intervision:nudge.replace', { suggestion: hit.suggestion })}
                  </Button>
                  <Button size="xs" variant="default" onClick={() => decide(i, 'keep')}>
                    {t('intervision:nudge.keep')}
                  </Button>
                </Group>
              ) : (
                <Text size="sm" c="dark.6">
                  {nudge.decisions[i] === 'replace' ? t('intervision:nudge.replaced', { suggestion: hit.suggestion }) : t('intervision:nudge.kept')}
                </Text>
              )}
            </Stack>
          ))}
        </Stack>
        <Group>
          <Button loading={pending} onClick={onSave}>
            {t('intervision:nudge.save')}
          </Button>
          <Button variant="default" onClick={onBack}>
            {t('intervision:nudge.back')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
