import { useState } from 'react';
import { Badge, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { AdminUser } from '@broedplaats/contracts';
import { ConfirmButton } from '../../app/ConfirmButton';
import { PageError, PageLoader } from '../../app/PageState';
import { errorMessage } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useT } from '../../lib/use-t';
import { AdminPager } from './AdminPager';
import { useAdminUsers, useSetActive } from './queries';

/** Deactivating asks first; reactivating too, in a calmer colour. Focus starts on "cancel". */
function ActiveToggle({ user, isMe }: { user: AdminUser; isMe: boolean }) {
  const { t } = useT();
  const setActive = useSetActive();
  if (isMe) return null;
  const name = user.displayName;
  const active = user.deactivatedAt === null;
  const what = active ? 'deactivate' : 'reactivate';
  return (
    <ConfirmButton
      size="xs"
      confirmColor={active ? 'red.9' : 'blue.9'}
      aria-label={t(`admin:users.${what}.button`, { name })}
      title={t(`admin:users.${what}.title`, { name })}
      question={t(`admin:users.${what}.question`, { name })}
      confirmLabel={t(`admin:users.${what}.confirm`)}
      onConfirm={() =>
        setActive
          .mutateAsync({ userId: user.id, active: !active })
          .then(() => notifySuccess(t(`admin:users.${what}.done`, { name })))
          .catch((error: unknown) => notifyError(errorMessage(t, error)))
      }
    >
      {t(`admin:users.${what}.short`)}
    </ConfirmButton>
  );
}

/** Every account: search by name or e-mail, their networks and roles, and (de)activating. */
export function UsersSection({ myId }: { myId: string }) {
  const { t } = useT();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const users = useAdminUsers(q, page);

  return (
    <Stack gap="md" component="section" aria-labelledby="admin-users">
      <Title order={2} id="admin-users">{t('admin:users.title')}</Title>
      <TextInput
        type="search"
        label={t('admin:users.search')}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setPage(1);
        }}
        maw={400}
      />
      {users.isPending && <PageLoader />}
      {users.isError && <PageError error={users.error} onRetry={() => void users.refetch()} />}
      {users.data?.total === 0 && <Text>{t('admin:users.none')}</Text>}
      {users.data && users.data.total > 0 && (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin:users.name')}</Table.Th>
                  <Table.Th>{t('admin:users.email')}</Table.Th>
                  <Table.Th>{t('admin:users.networks')}</Table.Th>
                  <Table.Th>{t('admin:users.status')}</Table.Th>
                  <Table.Th>{t('admin:users.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data.items.map((user) => (
                  <Table.Tr key={user.id}>
                    <Table.Td>
                      {user.displayName}
                      {user.isPlatformAdmin && (
                        <Badge ml="xs" size="sm" variant="light">
                          {t('admin:users.admin')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{user.email}</Table.Td>
                    <Table.Td>
                      {user.memberships.length === 0
                        ? t('admin:users.noNetworks')
                        : user.memberships.map((m) => (
                            <Text key={m.networkId} size="sm">
                              {t('admin:users.membership', { network: m.networkName, role: t(`members:role.${m.role}`) })}
                            </Text>
                          ))}
                    </Table.Td>
                    <Table.Td>{user.deactivatedAt ? t('admin:users.deactivated') : t('admin:users.active')}</Table.Td>
                    <Table.Td>
                      <ActiveToggle user={user} isMe={user.id === myId} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <AdminPager total={users.data.total} page={page} onChange={setPage} label={t('admin:users.pages')} />
        </>
      )}
    </Stack>
  );
}
