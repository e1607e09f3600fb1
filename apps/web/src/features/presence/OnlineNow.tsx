import { Avatar, Group, Text } from '@mantine/core';
import type { Network } from '@broedplaats/contracts';
import { Panel } from '../../app/Panel';
import { useT } from '../../lib/use-t';
import { usePresence } from './usePresence';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');

export function OnlineNow({ network }: { network: Network }) {
  const { t } = useT();
  const online = usePresence(network.id, true);

  return (
    <Panel id="online" title={t('presence:title')}>
      {/* Polite live region: changes are read out without interrupting. */}
      <div aria-live="polite" aria-atomic="true">
        {online === undefined ? (
          <Text>{t('presence:loading')}</Text>
        ) : online.length === 0 ? (
          <Text>{t('presence:nobody')}</Text>
        ) : (
          <>
            <Text mb="xs">{t('presence:count', { count: online.length })}</Text>
            <Group gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('presence:listLabel')}>
              {online.map((person) => (
                <Group key={person.userId} component="li" gap={6} wrap="nowrap">
                  <Avatar color="teal.9" variant="filled" radius="xl" size="sm" aria-hidden>
                    {initials(person.displayName)}
                  </Avatar>
                  <Text size="sm">{person.displayName}</Text>
                </Group>
              ))}
            </Group>
          </>
        )}
      </div>
    </Panel>
  );
}
