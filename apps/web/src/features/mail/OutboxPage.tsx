import { useState } from 'react';
import { Accordion, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { PageError, PageLoader } from '../../app/PageState';
import { formatDateTime } from '../../lib/dates';
import { usePageTitle } from '../../lib/page-title';
import { useT } from '../../lib/use-t';
import { OUTBOX_PAGE_SIZE, useOutbox } from './queries';

/** Platform admins read the mail Broedplaats kept because no SMTP server is configured. */
export function OutboxPage() {
  const { t } = useT();
  usePageTitle(t('mail:outbox.title'));
  const [page, setPage] = useState(1);
  const outbox = useOutbox(page);

  return (
    <Stack gap="lg" maw={900}>
      <Title order={1}>{t('mail:outbox.title')}</Title>
      <Text>{t('mail:outbox.intro')}</Text>
      {outbox.isPending && <PageLoader />}
      {outbox.isError && <PageError error={outbox.error} onRetry={() => void outbox.refetch()} />}
      {outbox.data?.total === 0 && <Text>{t('mail:outbox.none')}</Text>}
      {outbox.data && outbox.data.total > 0 && (
        <>
          <Accordion variant="separated">
            {outbox.data.items.map((mail) => (
              <Accordion.Item key={mail.id} value={mail.id}>
                <Accordion.Control>
                  <Text fw={600}>{mail.subject}</Text>
                  <Text size="sm">{t('mail:outbox.meta', { to: mail.to, date: formatDateTime(mail.createdAt) })}</Text>
                </Accordion.Control>
                <Accordion.Panel>
                  <Text component="pre" size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontFamily: 'inherit' }}>
                    {mail.text}
                  </Text>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
          {outbox.data.total > OUTBOX_PAGE_SIZE && (
            <Group justify="center" component="nav" aria-label={t('mail:outbox.pages')}>
              <Pagination
                total={Math.ceil(outbox.data.total / OUTBOX_PAGE_SIZE)}
                value={page}
                onChange={setPage}
                siblings={0}
                getItemProps={(item) => ({ 'aria-label': t('common:pagination.page', { page: item }) })}
                getControlProps={(control) => ({ 'aria-label': t(`common:pagination.${control}`) })}
              />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
