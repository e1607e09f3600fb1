import type { CycleDetail, CyclePage } from '@broedplaats/contracts';
import { me, networkId } from '../../../test/fixtures';

export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const cycleId = uuid(501);
export const indicatorId = uuid(601);
export const pieter = { id: uuid(701), displayName: 'Pieter' };

/** A running cycle of mine (Anna) with one indicator and one measurement; override what a test is about. */
export const cycleDetail = (overrides: Partial<CycleDetail> = {}): CycleDetail => ({
  id: cycleId,
  networkId,
  title: 'Signaalkaart bij huisbezoeken',
  visibility: 'network',
  status: 'running',
  phase: 'act',
  iteration: 1,
  owners: [{ id: me.id, displayName: me.displayName }],
  coach: null,
  lastLogDate: '2026-11-20',
  logCount: 1,
  stale: false,
  createdAt: '2026-11-01T10:00:00.000Z',
  closedAt: null,
  learningQuestion: 'Hoe zien we schulden eerder?',
  question: null,
  bottlenecks: ['Mensen schamen zich'],
  changeGoals: ['Eerder doorverwijzen'],
  outcomes: [{ id: uuid(801), text: 'Sneller hulp', indicators: [{ id: indicatorId, name: 'Dagen tot contact', unit: 'dagen', direction: 'lower', baseline: 20, target: 7 }] }],
  actions: [],
  iterations: [{ id: uuid(901), number: 1, plan: 'Kaart gebruiken', done: '', observed: '', reflection: '', startedAt: '2026-11-01T10:00:00.000Z', endedAt: null }],
  measurements: [
    { id: uuid(1001), indicatorId, value: 18, date: '2026-11-10', note: '', logId: null, iteration: 1, by: null, createdAt: '2026-11-10T10:00:00.000Z' },
  ],
  conclusion: null,
  followUpOf: null,
  followUpId: null,
  handedOver: null,
  may: { edit: true, comment: true },
  updatedAt: '2026-11-20T10:00:00.000Z',
  ...overrides,
});

export const cyclePage = (overrides: Partial<CyclePage> = {}): CyclePage => ({
  items: [cycleDetail(), { ...cycleDetail({ id: uuid(502), title: 'Samen beslissen', phase: 'reflect', iteration: 3, stale: true, owners: [pieter] }) }],
  total: 2,
  page: 1,
  pageSize: 20,
  staleDays: 21,
  participation: [{ category: 'professional', members: 4, takingPart: 2 }],
  ...overrides,
});
