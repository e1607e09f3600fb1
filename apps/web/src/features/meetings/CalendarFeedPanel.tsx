import { Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { ConfirmButton } from '../../app/ConfirmButton';
import { Panel } from '../../app/Panel';
import { PageError } from '../../app/PageState';
import { errorMessage } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { useCalendarFeed, useCalendarFeedChange } from './queries';

/**
 * My secret calendar address with the meetings of all my networks. Only a hash is kept, so the address
 * shows right after making it; after that a new one can be made (the old stops) or the feed stopped.
 */
export function CalendarFeedPanel() {
  const { t } = useT();
  const feed = useCalendarFeed();
  const change = useCalendarFeedChange();
  const url = feed.data?.url ? new URL(feed.data.url, window.location.origin).href : null;
  return (
    <Panel id="calendar-feed" title={t('meetings:feed.title')} intro={t('meetings:feed.intro')}>
      <Stack gap="sm">
        <Text size="sm">{t('meetings:feed.secret')}</Text>
        {feed.isError ? (
          <PageError error={feed.error} onRetry={() => void feed.refetch()} />
        ) : !feed.data ? null : url ? (
          <Stack gap="xs">
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput label={t('meetings:feed.url')} value={url} readOnly onFocus={(e) => e.currentTarget.select()} style={{ flex: 1 }} />
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Button variant="default" onClick={copy} aria-live="polite">
                    {copied ? t('meetings:feed.copied') : t('meetings:feed.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="sm">{t('meetings:feed.howTo')}</Text>
          </Stack>
        ) : (
          <Text>{feed.data.active ? t('meetings:feed.active') : t('meetings:feed.none')}</Text>
        )}
        {feed.data && (
          <Group gap="xs">
            {feed.data.active ? (
              <>
                <ConfirmButton
                  color="blue"
                  confirmColor="blue"
                  title={t('meetings:feed.regenerate')}
                  question={t('meetings:feed.regenerateQuestion')}
                  confirmLabel={t('meetings:feed.regenerate')}
                  onConfirm={() => change.mutateAsync('make').catch(() => undefined)}
                >
                  {t('meetings:feed.regenerate')}
                </ConfirmButton>
                <ConfirmButton title={t('meetings:feed.revoke')} question={t('meetings:feed.revokeQuestion')} confirmLabel={t('meetings:feed.revoke')} onConfirm={() => change.mutateAsync('revoke').catch(() => undefined)}>
                  {t('meetings:feed.revoke')}
                </ConfirmButton>
              </>
            ) : (
              <Button loading={change.isPending} onClick={() => change.mutate('make')}>
                {t('meetings:feed.make')}
              </Button>
            )}
          </Group>
        )}
        {change.isError && (
          <Text c="red.8" role="alert">
            {errorMessage(t, change.error)}
          </Text>
        )}
      </Stack>
    </Panel>
  );
}
