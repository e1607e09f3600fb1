import { useState } from 'react';
import { Button, Checkbox, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import type { CycleDetail } from '@broedplaats/contracts';
import { ConfirmDialog } from '../../app/ConfirmButton';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { cyclePath } from './paths';
import { useCloseCycle } from './queries';

/** Closing: what was learned, what changes, what we recommend; optionally a follow-up that carries question and indicators over. */
export function ClosePanel({ networkId, cycle }: { networkId: string; cycle: CycleDetail }) {
  const { t } = useT();
  const navigate = useNavigate();
  const close = useCloseCycle(networkId, cycle.id);
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [learned, setLearned] = useState('');
  const [changesInPractice, setChanges] = useState('');
  const [recommendations, setRecommendations] = useState('');
  const [followUp, setFollowUp] = useState(false);
  const [followUpTitle, setFollowUpTitle] = useState(cycle.title);
  const [missing, setMissing] = useState(false);
  const fields = fieldErrors(t, close.error);
  if (!open)
    return (
      <Group>
        <Button variant="outline" color="red.9" onClick={() => setOpen(true)}>
          {t('cycles:close.open')}
        </Button>
      </Group>
    );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setMissing(!learned.trim());
        if (learned.trim()) setConfirming(true);
      }}
    >
      <Stack gap="sm">
        <Textarea label={t('cycles:close.learned')} required autosize minRows={2} value={learned} onChange={(e) => setLearned(e.currentTarget.value)} error={missing ? t('cycles:close.learnedMissing') : fields['conclusion.learned']} />
        <Textarea label={t('cycles:close.changes')} autosize value={changesInPractice} onChange={(e) => setChanges(e.currentTarget.value)} />
        <Textarea label={t('cycles:close.recommendations')} autosize value={recommendations} onChange={(e) => setRecommendations(e.currentTarget.value)} />
        <Checkbox label={t('cycles:close.followUp')} description={t('cycles:close.followUpHint')} checked={followUp} onChange={(e) => setFollowUp(e.currentTarget.checked)} />
        {followUp && <TextInput label={t('cycles:close.followUpTitle')} required value={followUpTitle} onChange={(e) => setFollowUpTitle(e.currentTarget.value)} error={fields['followUp.title']} />}
        {close.isError && Object.keys(fields).length === 0 && (
          <Text c="red" role="alert">
            {errorMessage(t, close.error)}
          </Text>
        )}
        <Group>
          <Button type="submit" color="red.9">
            {t('cycles:close.submit')}
          </Button>
          <Button variant="subtle" onClick={() => setOpen(false)}>
            {t('common:cancel')}
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('cycles:close.confirmTitle')}
        question={t('cycles:close.confirm')}
        confirmLabel={t('cycles:close.submit')}
        onConfirm={() =>
          close
            .mutateAsync({ conclusion: { learned, changesInPractice, recommendations }, followUp: followUp ? { title: followUpTitle } : null })
            .then((detail) => {
              setOpen(false);
              if (detail.followUpId) navigate(cyclePath(networkId, detail.followUpId));
            })
            .catch(() => undefined)
        }
      />
    </form>
  );
}
