import { Link } from 'react-router-dom';
import { Anchor, Badge, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { meetingRoutes } from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';
import { formatDateTime } from '../../lib/dates';
import type { QuestionSectionProps } from '../../lib/sections';
import { useT } from '../../lib/use-t';
import { meetingKeys } from './keys';
import { meetingPath } from './paths';

/** On a knowledge question: the meetings whose agenda discusses it. */
export function DiscussedIn({ networkId, questionId }: QuestionSectionProps) {
  const { t } = useT();
  const meetings = useQuery({
    queryKey: [...meetingKeys.lists(networkId), 'question', questionId],
    queryFn: ({ signal }) => callRoute(meetingRoutes.questionMeetings, { params: { networkId, questionId }, signal }),
  });
  if (!meetings.data) return null;
  return (
    <section aria-labelledby="discussed-in">
      <Stack gap="xs">
        <Title order={3} size="h4" id="discussed-in">
          {t('meetings:discussed.title')}
        </Title>
        {meetings.data.length === 0 ? (
          <Text size="sm">{t('meetings:discussed.empty')}</Text>
        ) : (
          <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {meetings.data.map((m) => (
              <li key={m.id}>
                <Anchor component={Link} to={meetingPath(m.networkId, m.id)}>
                  {m.title}
                </Anchor>{' '}
                <Text span size="xs">
                  {formatDateTime(m.startsAt)}
                </Text>{' '}
                {m.status === 'cancelled' && <Badge color="red.8" size="xs">{t('meetings:cancelled')}</Badge>}
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </section>
  );
}
