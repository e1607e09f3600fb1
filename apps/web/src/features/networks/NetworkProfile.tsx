import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { Panel } from '../../app/Panel';
import { useT } from '../../lib/use-t';
import type { Network } from '@broedplaats/contracts';
import { NetworkFacts } from './NetworkFacts';
import { useThemeLabels } from './theme-labels';

/** One of Wenger's three parts; left out while nobody has written it (no form hints for readers). */
function Wenger({ label, text }: { label: string; text: string }) {
  if (!text.trim()) return null;
  return (
    <Stack gap={2}>
      <Title order={3} size="h5">
        {label}
      </Title>
      <Text style={{ whiteSpace: 'pre-line' }}>{text}</Text>
    </Stack>
  );
}

export function NetworkProfile({ network }: { network: Network }) {
  const { t } = useT();
  const { labelOf } = useThemeLabels();

  return (
    <Stack gap="lg">
      <Panel id="about" title={t('networks:profile.about')}>
        <Stack>
          <NetworkFacts network={network} />
          <Wenger label={t('networks:form.domain')} text={network.domain} />
          <Wenger label={t('networks:form.community')} text={network.community} />
          <Wenger label={t('networks:form.practice')} text={network.practice} />
        </Stack>
      </Panel>

      {network.themeIds.length > 0 && (
        <Panel id="themes" title={t('networks:profile.themes')}>
          <Group gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} align="flex-start">
            {network.themeIds.map(labelOf).map(({ id, label, official }) => (
              <Stack key={id} component="li" gap={2} maw="100%">
                <Badge variant="light" size="lg" tt="none" style={{ maxWidth: '100%' }}>
                  {label}
                </Badge>
                {/* The official name where the plain one differs: people who know the jargon still find it. */}
                {official && (
                  <Text size="xs" maw={280}>
                    {t('networks:themeOfficial', { name: official })}
                  </Text>
                )}
              </Stack>
            ))}
          </Group>
        </Panel>
      )}

      {network.partners.length > 0 && (
        <Panel id="partners" title={t('networks:profile.partners')}>
          <List spacing="xs">
            {network.partners.map((partner) => (
              <List.Item key={partner.id}>
                <Text span fw={600}>
                  {partner.name}
                </Text>{' '}
                <Text span>({t(`networks:partnerKind.${partner.kind}`)})</Text>
              </List.Item>
            ))}
          </List>
        </Panel>
      )}
    </Stack>
  );
}
