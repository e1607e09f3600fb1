import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { Panel } from '../../app/Panel';
import { useT } from '../../lib/use-t';
import type { Network } from '@broedplaats/contracts';
import { NetworkFacts } from './NetworkFacts';
import { useThemes } from './queries';

function Wenger({ label, hint, text }: { label: string; hint: string; text: string }) {
  const { t } = useT();
  return (
    <Stack gap={2}>
      <Title order={3} size="h5">
        {label}
      </Title>
      <Text size="sm">{hint}</Text>
      <Text style={{ whiteSpace: 'pre-line' }}>{text || t('networks:profile.notGiven')}</Text>
    </Stack>
  );
}

export function NetworkProfile({ network }: { network: Network }) {
  const { t, i18n } = useT();
  const themes = useThemes();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const themeLabel = (id: string) => themes.data?.find((theme) => theme.id === id)?.[language] ?? id;

  return (
    <Stack gap="lg">
      <Panel id="about" title={t('networks:profile.about')}>
        <Stack>
          <NetworkFacts network={network} />
          <Wenger label={t('networks:form.domain')} hint={t('networks:form.domainHint')} text={network.domain} />
          <Wenger label={t('networks:form.community')} hint={t('networks:form.communityHint')} text={network.community} />
          <Wenger label={t('networks:form.practice')} hint={t('networks:form.practiceHint')} text={network.practice} />
        </Stack>
      </Panel>

      <Panel id="themes" title={t('networks:profile.themes')}>
        {network.themeIds.length === 0 ? (
          <Text>{t('networks:profile.noThemes')}</Text>
        ) : (
          <Group gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {network.themeIds.map((id) => (
              <Badge key={id} component="li" variant="light" size="lg" tt="none" style={{ maxWidth: '100%' }}>
                {themeLabel(id)}
              </Badge>
            ))}
          </Group>
        )}
      </Panel>

      <Panel id="partners" title={t('networks:profile.partners')}>
        {network.partners.length === 0 ? (
          <Text>{t('networks:profile.noPartners')}</Text>
        ) : (
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
        )}
      </Panel>
    </Stack>
  );
}
