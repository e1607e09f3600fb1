import { randomUUID } from 'node:crypto';
import type { CycleDetail } from '@broedplaats/contracts';
import type { Account, Reply, TestApp } from './app';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A valid cycle body with two indicators, for tests that need one. */
export const cycleBody = (extra: Record<string, unknown> = {}) => ({
  title: 'Eerder signaleren van schulden',
  learningQuestion: 'Hoe zien we eerder dat een gezin schulden heeft?',
  bottlenecks: ['Schaamte'],
  changeGoals: ['Geldzorgen bespreekbaar maken'],
  outcomes: [
    {
      text: 'Hulp start sneller',
      indicators: [
        { name: 'aantal huisbezoeken met signaalkaart', unit: 'aantal', direction: 'higher', baseline: 0, target: 20 },
        { name: 'tijd tot eerste contact (dagen)', unit: 'dagen', direction: 'lower', baseline: 21, target: 7 },
      ],
    },
  ],
  actions: [{ what: 'Kaart drukken', who: 'Pieter', when: '2026-12-01' }],
  ...extra,
});

export const logBody = (extra: Record<string, unknown> = {}) => ({ clientId: randomUUID(), did: 'Huisbezoek met de kaart', happened: 'Gesprek over geld', learned: 'Timing', next: 'Later vragen', mood: 4, ...extra });

/** Requests about cycles, as a person; `cycleUrl` builds the paths. */
export function cycleClient(t: () => TestApp) {
  const as = (who: Account | null, method: Method, url: string, body?: unknown): Promise<Reply> => t().request(method, url, { ...(who ? { cookie: who.cookie } : {}), body });
  const url = (networkId: string, cycleId?: string, rest = '') => `/api/networks/${networkId}/cycles${cycleId ? `/${cycleId}` : ''}${rest}`;
  const start = async (who: Account, networkId: string, extra: Record<string, unknown> = {}): Promise<CycleDetail> => {
    const res = await as(who, 'POST', url(networkId), cycleBody(extra));
    if (res.status !== 201) throw new Error(`start failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  return { as, url, start };
}
