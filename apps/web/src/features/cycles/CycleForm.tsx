import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Group, MultiSelect, Radio, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { agendaRoutes, CYCLE_TITLE_MAX, type CycleDetail, type CycleVisibility } from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { useMembers } from '../members/queries';
import { OutcomesEditor, outcomesBody, type OutcomeValues } from './OutcomesEditor';

export type CycleFormBody = {
  title: string;
  learningQuestion: string;
  questionId: string | null;
  visibility: CycleVisibility;
  bottlenecks: string[];
  changeGoals: string[];
  outcomes: ReturnType<typeof outcomesBody>;
  ownerIds: string[];
};

type Props = {
  networkId: string;
  meId: string;
  /** Editing an existing cycle; without it, a new one. */
  cycle?: CycleDetail;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: CycleFormBody) => void;
  onCancel: () => void;
};

const toLines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const VISIBILITIES: CycleVisibility[] = ['network', 'facilitators', 'private'];

/** Starting or editing a cycle: the question first, the rest (goals, indicators, owners) when there is time. */
export function CycleForm({ networkId, meId, cycle, submitLabel, pending, error, onSubmit, onCancel }: Props) {
  const { t } = useT();
  const members = useMembers(networkId, true);
  const questions = useQuery({
    queryKey: ['networks', 'detail', networkId, 'agenda', 'list', { pageSize: 100 }],
    queryFn: ({ signal }) => callRoute(agendaRoutes.questions, { params: { networkId }, query: { pageSize: 100 }, signal }),
  });
  const [title, setTitle] = useState(cycle?.title ?? '');
  const [learningQuestion, setLearningQuestion] = useState(cycle?.learningQuestion ?? '');
  const [questionId, setQuestionId] = useState<string | null>(cycle?.question?.id ?? null);
  const [visibility, setVisibility] = useState<CycleVisibility>(cycle?.visibility ?? 'network');
  const [bottlenecks, setBottlenecks] = useState((cycle?.bottlenecks ?? []).join('\n'));
  const [changeGoals, setChangeGoals] = useState((cycle?.changeGoals ?? []).join('\n'));
  const [outcomes, setOutcomes] = useState<OutcomeValues[]>(cycle?.outcomes ?? []);
  const [ownerIds, setOwnerIds] = useState<string[]>((cycle?.owners ?? []).map((o) => o.id).filter((id) => id !== meId));
  const fields = fieldErrors(t, error);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({ title, learningQuestion, questionId, visibility, bottlenecks: toLines(bottlenecks), changeGoals: toLines(changeGoals), outcomes: outcomesBody(outcomes), ownerIds });
      }}
    >
      <Stack gap="sm">
        <TextInput label={t('cycles:form.title')} description={t('cycles:form.titleHint')} required maxLength={CYCLE_TITLE_MAX} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fields.title} />
        <Textarea
          label={t('cycles:form.learningQuestion')}
          description={t('cycles:form.learningQuestionHint')}
          required
          autosize
          minRows={2}
          value={learningQuestion}
          onChange={(e) => setLearningQuestion(e.currentTarget.value)}
          error={fields.learningQuestion}
        />
        <Select
          label={t('cycles:form.question')}
          description={t('cycles:form.questionHint')}
          clearable
          searchable
          value={questionId}
          onChange={setQuestionId}
          data={(questions.data?.items ?? []).map((q) => ({ value: q.id, label: q.title }))}
          error={fields.questionId}
        />
        <Radio.Group label={t('cycles:form.visibility')} value={visibility} onChange={(v) => setVisibility(v as CycleVisibility)}>
          <Stack gap={6} mt={6}>
            {VISIBILITIES.map((v) => (
              <Radio key={v} value={v} label={t(`cycles:visibility.${v}`)} description={t(`cycles:visibilityHint.${v}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea label={t('cycles:form.bottlenecks')} description={t('cycles:form.perLine')} autosize minRows={2} value={bottlenecks} onChange={(e) => setBottlenecks(e.currentTarget.value)} error={fields.bottlenecks} />
        <Textarea label={t('cycles:form.changeGoals')} description={t('cycles:form.perLine')} autosize minRows={2} value={changeGoals} onChange={(e) => setChangeGoals(e.currentTarget.value)} error={fields.changeGoals} />
        <Text fw={600} size="sm">
          {t('cycles:form.outcomes')}
        </Text>
        <Text size="sm">{t('cycles:form.outcomesHint')}</Text>
        <OutcomesEditor value={outcomes} onChange={setOutcomes} />
        <MultiSelect
          label={t('cycles:form.coOwners')}
          description={t('cycles:form.coOwnersHint')}
          searchable
          value={ownerIds}
          onChange={setOwnerIds}
          data={(members.data ?? []).filter((m) => m.userId !== meId).map((m) => ({ value: m.userId, label: m.displayName }))}
          error={fields.coOwnerIds ?? fields.ownerIds}
        />
        {Boolean(error) && Object.keys(fields).length === 0 && (
          <Text c="red" role="alert">
            {errorMessage(t, error)}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
