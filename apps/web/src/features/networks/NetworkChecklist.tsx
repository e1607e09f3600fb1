import { Anchor, List, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconCircleDashed } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { Panel } from '../../app/Panel';
import type { NetworkSectionProps } from '../../lib/sections';
import { useT } from '../../lib/use-t';

/**
 * A new network's first steps for its facilitators, instead of empty fields: describe it, add
 * partners, invite people, write a welcome. Gone once all are done (or the network is archived).
 */
export function NetworkChecklist({ network }: NetworkSectionProps) {
  const { t } = useT();
  const steps = [
    { id: 'describe', done: Boolean(network.domain.trim() || network.community.trim() || network.practice.trim()), to: `/networks/${network.id}/edit` },
    { id: 'partners', done: network.partners.length > 0, to: `/networks/${network.id}/edit` },
    { id: 'invite', done: network.memberCount > 1, to: `/networks/${network.id}/uitnodigen` },
    { id: 'welcome', done: Boolean(network.welcome?.trim()), to: `/networks/${network.id}/instellingen` },
  ] as const;
  if (network.archived || steps.every((step) => step.done)) return null;

  return (
    <Panel id="first-steps" title={t('networks:checklist.title')} intro={t('networks:checklist.intro')}>
      <List spacing="sm" center>
        {steps.map((step) => (
          <List.Item
            key={step.id}
            icon={
              <ThemeIcon color={step.done ? 'teal' : 'gray'} variant={step.done ? 'filled' : 'light'} size={24} radius="xl" aria-hidden>
                {step.done ? <IconCheck size={14} /> : <IconCircleDashed size={14} />}
              </ThemeIcon>
            }
          >
            {step.done ? (
              <span>
                {t(`networks:checklist.${step.id}`)} <VisuallyHidden>{t('networks:checklist.done')}</VisuallyHidden>
              </span>
            ) : (
              <Anchor component={Link} to={step.to}>
                {t(`networks:checklist.${step.id}`)}
              </Anchor>
            )}
          </List.Item>
        ))}
      </List>
    </Panel>
  );
}
