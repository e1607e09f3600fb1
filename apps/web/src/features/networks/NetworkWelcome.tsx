import { Text } from '@mantine/core';
import { Panel } from '../../app/Panel';
import type { NetworkSectionProps } from '../../lib/sections';
import { useT } from '../../lib/use-t';
import { useMembers } from '../members/queries';

/**
 * The facilitators' welcome, first on Overzicht for members (the API sends it to members only).
 * Signed with the facilitators' names from the member list; left out while nobody wrote one.
 */
export function NetworkWelcome({ network }: NetworkSectionProps) {
  const { t, i18n } = useT();
  const welcome = network.welcome?.trim() ?? '';
  const members = useMembers(network.id, welcome !== '');
  if (!welcome) return null;
  const facilitators = (members.data ?? []).filter((m) => m.role === 'facilitator').map((m) => m.displayName);

  return (
    <Panel id="welcome" title={t('networks:welcome.title')}>
      <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{welcome}</Text>
      {facilitators.length > 0 && (
        <Text mt="sm" fs="italic">
          {t('networks:welcome.by', { count: facilitators.length, names: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(facilitators) })}
        </Text>
      )}
    </Panel>
  );
}
