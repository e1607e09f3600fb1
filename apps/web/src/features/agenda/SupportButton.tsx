import { Button } from '@mantine/core';
import { IconHeart, IconHeartFilled } from '@tabler/icons-react';
import type { Question } from '@broedplaats/contracts';
import { useT } from '../../lib/use-t';
import { useSupport } from './queries';

/** One support per person: the button shows mine, the count shows everyone's (live). */
export function SupportButton({ question, disabled }: { question: Question; disabled?: boolean }) {
  const { t } = useT();
  const support = useSupport(question.networkId);
  const mine = question.supportedByMe;
  return (
    <Button
      size="compact-sm"
      variant={mine ? 'filled' : 'light'}
      aria-pressed={mine}
      disabled={disabled}
      loading={support.isPending}
      leftSection={mine ? <IconHeartFilled size={14} aria-hidden /> : <IconHeart size={14} aria-hidden />}
      onClick={() => support.mutate({ questionId: question.id, supported: !mine })}
      aria-label={`${mine ? t('agenda:support.remove') : t('agenda:support.add')}: ${t('agenda:support.count', { count: question.supportCount })}`}
    >
      {question.supportCount}
    </Button>
  );
}
