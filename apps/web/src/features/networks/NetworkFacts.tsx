import { Box, SimpleGrid, Text } from '@mantine/core';
import { useT } from '../../lib/use-t';
import type { Network } from '@broedplaats/contracts';

/** The key facts as a description list: screen readers announce each label with its value. */
export function NetworkFacts({ network }: { network: Network }) {
  const { t } = useT();
  // Facts nobody filled in are left out: a reader learns nothing from "not filled in".
  const facts = (
    [
      [t('networks:form.province'), network.province],
      [t('networks:form.region'), network.region],
      [t('networks:form.type'), t(`networks:type.${network.type}`)],
      [t('networks:form.status'), t(`networks:status.${network.status}`)],
      [t('networks:form.startYear'), network.startYear ? String(network.startYear) : ''],
      [t('networks:profile.focus'), network.focus.map((focus) => t(`networks:focus.${focus}`)).join(', ')],
      [t('networks:profile.visibility'), t(`networks:visibility.${network.visibility}`)],
      [t('networks:profile.members'), String(network.memberCount)],
    ] as [string, string][]
  ).filter(([, value]) => value !== '');
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="md" verticalSpacing="sm" m={0}>
      {facts.map(([label, value]) => (
        <Box key={label}>
          <Text component="dt" fw={700} size="sm">
            {label}
          </Text>
          <Text component="dd" m={0}>
            {value}
          </Text>
        </Box>
      ))}
    </SimpleGrid>
  );
}
