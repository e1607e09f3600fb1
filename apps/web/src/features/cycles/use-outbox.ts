import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { startOutbox } from './outbox';

/** Any page that writes or shows logs makes sure waiting logs are on their way. */
export function useOutboxStarted(): void {
  const client = useQueryClient();
  useEffect(() => startOutbox(client), [client]);
}
