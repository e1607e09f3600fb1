import { SimpleGrid } from '@mantine/core';
import type { Network } from '@broedplaats/contracts';
import { NetworkCard } from './NetworkCard';

export function NetworkGrid({ networks, headingOrder }: { networks: Network[]; headingOrder: 2 | 3 }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      {networks.map((network) => (
        <NetworkCard key={network.id} network={network} headingOrder={headingOrder} />
      ))}
    </SimpleGrid>
  );
}
