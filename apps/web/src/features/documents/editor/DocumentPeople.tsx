import { useSyncExternalStore } from 'react';
import { Avatar, Group, Tooltip } from '@mantine/core';
import type { Awareness } from 'y-protocols/awareness';
import { useT } from '../../../lib/use-t';
import { initialsOf } from '../../members/PersonAvatar';

type Person = { clientId: number; name: string; color: string };

/** Who has the document open now, from awareness (each browser tab tells its name and colour). */
function usePeople(awareness: Awareness): Person[] {
  const key = useSyncExternalStore(
    (changed) => {
      awareness.on('change', changed);
      return () => awareness.off('change', changed);
    },
    () => JSON.stringify([...awareness.getStates()].map(([clientId, state]) => [clientId, (state as { user?: { name?: string; color?: string } }).user])),
  );
  const states = JSON.parse(key) as Array<[number, { name?: string; color?: string } | undefined]>;
  return states.filter(([, user]) => user?.name).map(([clientId, user]) => ({ clientId, name: user?.name ?? '', color: user?.color ?? '#364fc7' }));
}

export function DocumentPeople({ awareness }: { awareness: Awareness }) {
  const { t } = useT();
  const people = usePeople(awareness);
  if (people.length === 0) return null;
  return (
    <Group gap={4} component="ul" aria-label={t('documents:editor.people')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {people.map((person) => {
        const name = person.clientId === awareness.clientID ? t('documents:editor.you', { name: person.name }) : person.name;
        return (
          <li key={person.clientId}>
            <Tooltip label={name} withArrow>
              <Avatar radius="xl" size="sm" variant="filled" color={person.color} aria-label={name} role="img">
                {initialsOf(person.name)}
              </Avatar>
            </Tooltip>
          </li>
        );
      })}
    </Group>
  );
}
