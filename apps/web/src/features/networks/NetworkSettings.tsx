import { Button, Group, Stack } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { Panel } from '../../app/Panel';
import type { NetworkSectionProps } from '../../lib/sections';
import { useT } from '../../lib/use-t';
import { ArchiveButton } from './ArchiveButton';
import { WelcomeForm } from './WelcomeForm';

/** A facilitator's settings: change the profile; archive or bring back, apart from everything else. */
export function NetworkSettings({ network }: NetworkSectionProps) {
  const { t } = useT();
  const archiveAction = network.archived ? 'restore' : 'archive';
  return (
    <Stack gap="lg">
      {!network.archived && (
        <Panel id="settings-profile" title={t('networks:settings.title')} intro={t('networks:settings.editText')}>
          <Button component={Link} to={`/networks/${network.id}/edit`} variant="light" leftSection={<IconPencil size={16} aria-hidden />}>
            {t('networks:page.edit')}
          </Button>
        </Panel>
      )}
      {!network.archived && (
        <Panel id="settings-welcome" title={t('networks:welcome.settingsTitle')} intro={t('networks:welcome.settingsIntro')}>
          <WelcomeForm network={network} />
        </Panel>
      )}
      <Panel id="settings-archive" title={t(`networks:settings.${archiveAction}Title`)} intro={t(`networks:${archiveAction}.question`)}>
        <Group>
          <ArchiveButton networkId={network.id} networkName={network.name} archived={network.archived} />
        </Group>
      </Panel>
    </Stack>
  );
}
