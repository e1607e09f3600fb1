import { useState } from 'react';
import { Button, Checkbox, Group, MultiSelect, SegmentedControl, Stack, Text, TextInput, Textarea, UnstyledButton } from '@mantine/core';
import { QUESTION_SITUATION_MAX, QUESTION_TITLE_MAX, type QuestionOrigin } from '@broedplaats/contracts';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { themeSelectProps, useThemeLabels } from '../networks/theme-labels';
import { usePropose } from './queries';

/**
 * Two fields are all it takes (title and situation); the rest waits behind "more". Themes come from
 * the network's own (its taxonomy), in plain words.
 */
export function ProposeForm({ networkId, networkThemeIds, onDone }: { networkId: string; networkThemeIds: string[]; onDone: () => void }) {
  const { t } = useT();
  const { labelOf } = useThemeLabels();
  const [themeIds, setThemeIds] = useState<string[]>([]);
  const propose = usePropose(networkId);
  const [title, setTitle] = useState('');
  const [situation, setSituation] = useState('');
  const [more, setMore] = useState(false);
  const [origin, setOrigin] = useState<QuestionOrigin>('practice');
  const [commissionedBy, setCommissionedBy] = useState('');
  const [residentPerspective, setResidentPerspective] = useState('');
  const [showProposer, setShowProposer] = useState(false);
  const fields = fieldErrors(t, propose.error);
  const fieldError = (name: string) => fields[name];

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        propose.mutate({ title, situation, themeIds, origin, commissionedBy, residentPerspective, showProposer }, { onSuccess: onDone });
      }}
    >
      <Stack gap="sm">
        <TextInput label={t('agenda:propose.title')} required maxLength={QUESTION_TITLE_MAX} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fieldError('title')} />
        <Textarea
          label={t('agenda:propose.situation')}
          description={t('agenda:propose.situationHint')}
          required
          autosize
          minRows={3}
          maxLength={QUESTION_SITUATION_MAX}
          value={situation}
          onChange={(e) => setSituation(e.currentTarget.value)}
          error={fieldError('situation')}
        />
        <UnstyledButton onClick={() => setMore((m) => !m)} aria-expanded={more} c="blue" fz="sm">
          {t('agenda:propose.more')}
        </UnstyledButton>
        {more && (
          <Stack gap="sm">
            {networkThemeIds.length > 0 && (
              <MultiSelect
                label={t('agenda:propose.themes')}
                {...themeSelectProps(networkThemeIds.map(labelOf))}
                value={themeIds}
                onChange={setThemeIds}
                searchable
                error={fieldError('themeIds')}
              />
            )}
            <SegmentedControl
              aria-label={t('agenda:propose.origin')}
              value={origin}
              onChange={(v) => setOrigin(v as QuestionOrigin)}
              data={[{ value: 'practice', label: t('agenda:origin.practice') }, { value: 'commissioned', label: t('agenda:origin.commissioned') }]}
            />
            {origin === 'commissioned' && <TextInput label={t('agenda:propose.commissionedBy')} required value={commissionedBy} onChange={(e) => setCommissionedBy(e.currentTarget.value)} error={fieldError('commissionedBy')} />}
            <Textarea label={t('agenda:propose.residentPerspective')} autosize value={residentPerspective} onChange={(e) => setResidentPerspective(e.currentTarget.value)} />
            <Checkbox label={t('agenda:propose.showProposer')} checked={showProposer} onChange={(e) => setShowProposer(e.currentTarget.checked)} />
          </Stack>
        )}
        {propose.isError && Object.keys(fields).length === 0 && (
          <Text c="red" role="alert">
            {errorMessage(t, propose.error)}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={propose.isPending}>
            {t('agenda:propose.submit')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('agenda:propose.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
