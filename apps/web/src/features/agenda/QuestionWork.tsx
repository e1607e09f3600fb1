import { useState } from 'react';
import { Anchor, Button, Card, Group, Stack, Switch, Text, TextInput, Textarea, Title } from '@mantine/core';
import { mayAttachOutcome, mayGiveBack } from '@broedplaats/domain';
import type { Network, Question } from '@broedplaats/contracts';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { useGiveBack, useOutcome, useTakeOn, useUpdateQuestion } from './queries';

type Props = { network: Network; question: Question; meId: string };

/** Statuses in which nobody takes a question on any more. */
const closed: Question['status'][] = ['disseminated', 'withdrawn', 'set-aside'];
const dayText = (day: string, language: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString(language, { day: 'numeric', month: 'long', year: 'numeric' });

/** Who researches the question (a student, typically) and by when; take it on or give it back. */
export function TakeOnPanel({ network, question, meId }: Props) {
  const { t, i18n } = useT();
  const take = useTakeOn(network.id, question.id);
  const giveBack = useGiveBack(network.id, question.id);
  const [dueDate, setDueDate] = useState('');
  const actor = { userId: meId, role: network.myRole ?? 'member' };
  const a = question.assignment;
  const error = take.error ?? giveBack.error;
  return (
    <section aria-labelledby="question-assignment">
      <Stack gap="xs">
        <Title order={3} size="h4" id="question-assignment">
          {t('agenda:take.title')}
        </Title>
        <Text size="sm">{a ? t('agenda:take.taken', { name: a.taker.displayName, date: dayText(a.dueDate, i18n.language) }) : t('agenda:take.none')}</Text>
        {!network.archived && a && mayGiveBack(actor, { takerId: a.taker.id }) && (
          <Button size="compact-sm" variant="light" style={{ alignSelf: 'flex-start' }} loading={giveBack.isPending} onClick={() => giveBack.mutate()}>
            {t('agenda:take.giveBack')}
          </Button>
        )}
        {!network.archived && !a && !closed.includes(question.status) && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              take.mutate(dueDate);
            }}
          >
            <Group align="flex-end" gap="xs" wrap="wrap">
              <TextInput type="date" label={t('agenda:take.dueDate')} required value={dueDate} onChange={(e) => setDueDate(e.currentTarget.value)} error={fieldErrors(t, take.error).dueDate} />
              <Button type="submit" size="sm" loading={take.isPending} disabled={dueDate === ''}>
                {t('agenda:take.take')}
              </Button>
            </Group>
          </form>
        )}
        {error && (
          <Text c="red" role="alert" size="sm">
            {errorMessage(t, error)}
          </Text>
        )}
      </Stack>
    </section>
  );
}

/** The outcome (a link, a text or both); the proposer, the taker and facilitators attach or correct it. */
export function OutcomePanel({ network, question, meId }: Props) {
  const { t } = useT();
  const save = useOutcome(network.id, question.id);
  const [editing, setEditing] = useState(false);
  const [url, setUrl] = useState(question.outcome?.url ?? '');
  const [text, setText] = useState(question.outcome?.text ?? '');
  const may =
    !network.archived &&
    ['in-progress', 'answered', 'disseminated'].includes(question.status) &&
    mayAttachOutcome({ userId: meId, role: network.myRole ?? 'member' }, { proposerId: question.proposer?.id ?? null, takerId: question.assignment?.taker.id ?? null });
  const o = question.outcome;
  if (!o && !may) return null;
  const fields = fieldErrors(t, save.error);
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="question-outcome">
      <Stack gap="xs">
        <Title order={3} size="h4" id="question-outcome">
          {t('agenda:outcome.title')}
        </Title>
        {o && !editing && (
          <>
            {o.url && (
              <Anchor href={o.url} target="_blank" rel="noreferrer" style={{ overflowWrap: 'anywhere' }}>
                {o.url}
              </Anchor>
            )}
            {o.text && <Text style={{ whiteSpace: 'pre-wrap' }}>{o.text}</Text>}
            {o.by && <Text size="xs">{t('agenda:outcome.by', { name: o.by.displayName })}</Text>}
          </>
        )}
        {may && !editing && (
          <Button size="compact-sm" variant="light" style={{ alignSelf: 'flex-start' }} onClick={() => setEditing(true)}>
            {o ? t('agenda:outcome.change') : t('agenda:outcome.add')}
          </Button>
        )}
        {editing && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate({ url: url.trim() === '' ? null : url.trim(), text }, { onSuccess: () => setEditing(false) });
            }}
          >
            <Stack gap="xs">
              <TextInput type="url" label={t('agenda:outcome.url')} value={url} onChange={(e) => setUrl(e.currentTarget.value)} error={fields.url} />
              <Textarea label={t('agenda:outcome.text')} autosize minRows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} error={fields.text} />
              <Text size="xs">{t('agenda:outcome.hint')}</Text>
              {save.isError && Object.keys(fields).length === 0 && (
                <Text c="red" role="alert" size="sm">
                  {errorMessage(t, save.error)}
                </Text>
              )}
              <Group gap="xs">
                <Button type="submit" size="sm" loading={save.isPending} disabled={url.trim() === '' && text.trim() === ''}>
                  {t('agenda:outcome.save')}
                </Button>
                <Button variant="subtle" size="sm" onClick={() => setEditing(false)}>
                  {t('agenda:propose.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}

/** Facilitators put a question on the public profile; its proposer decides whether their name goes with it. */
export function PublicToggles({ network, question, meId }: Props) {
  const { t } = useT();
  const update = useUpdateQuestion(network.id, question.id);
  const isFacilitator = network.myRole === 'facilitator';
  const isProposer = question.proposer?.id === meId;
  if (network.archived || (!isFacilitator && !isProposer)) return null;
  return (
    <Stack gap="xs">
      {isFacilitator && (
        <div>
          <Switch
            label={t('agenda:detail.publicToggle')}
            aria-describedby="question-public-hint"
            checked={question.public}
            disabled={update.isPending}
            onChange={(e) => update.mutate({ public: e.currentTarget.checked })}
          />
          {/* Beside the switch, not in its label: the name stays short for screen readers. */}
          <Text size="xs" id="question-public-hint" mt={4}>
            {t('agenda:detail.publicHint')}
          </Text>
        </div>
      )}
      {isProposer && (
        <Switch
          label={t('agenda:propose.showProposer')}
          checked={question.showProposer}
          disabled={update.isPending}
          onChange={(e) => update.mutate({ showProposer: e.currentTarget.checked })}
        />
      )}
      {update.isError && (
        <Text c="red" role="alert" size="sm">
          {errorMessage(t, update.error)}
        </Text>
      )}
    </Stack>
  );
}
