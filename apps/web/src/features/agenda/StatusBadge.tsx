import { Badge } from '@mantine/core';
import type { QuestionStatus } from '@broedplaats/contracts';
import { useT } from '../../lib/use-t';

const colors: Record<QuestionStatus, string> = {
  proposed: 'gray', 'on-agenda': 'blue', 'in-progress': 'violet', answered: 'teal', disseminated: 'green', 'set-aside': 'orange', withdrawn: 'gray',
};

export function StatusBadge({ status }: { status: QuestionStatus }) {
  const { t } = useT();
  return (
    <Badge color={colors[status]} variant="light" autoContrast>
      {t(`agenda:status.${status}`)}
    </Badge>
  );
}
