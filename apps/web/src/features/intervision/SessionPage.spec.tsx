import { act, screen, waitFor, within } from '@testing-library/react';
import type { IntervisionSessionDetail, LiveState, MethodPhase } from '@broedplaats/contracts';
import { findIdentifyingDetails } from '@broedplaats/domain';
import { fakeApi } from '../../../test/fake-api';
import { me, networkId } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { liveStepsLive } from '../live-steps/live';
import { useStepsStore } from '../live-steps/store';
import { SessionPage } from './SessionPage';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const sessionId = uuid(1);
const base = `/api/networks/${networkId}/intervision-sessions/${sessionId}`;
const mira = { id: uuid(50), displayName: 'Mira' };
const phase = (key: string, nl: string, collects: MethodPhase['collects'], caseOwnerListensOnly = false): MethodPhase => ({
  key, name: { nl, en: nl }, instructions: { nl: `Uitleg ${nl}`, en: `Explain ${nl}` }, minutes: 10, speaker: 'group', collects, caseOwnerListensOnly,
});
const phases = [phase('case', 'Casus inbrengen', 'case'), phase('questions', 'Vragen stellen', 'clarifying-questions'), phase('advice', 'Adviezen', 'advice', true)];
const steps = phases.map((p, i) => ({ id: uuid(10 + i), title: p.name.nl, minutes: 10 }));
const idle: LiveState = { subjectKind: 'intervision', subjectId: sessionId, networkId, status: 'idle', steps, currentStepId: null, currentStartedAt: null, currentEndsAt: null, startedAt: null, endedAt: null, serverNow: '2026-11-23T10:00:00.000Z' };
const running = (n: number, at = '2026-11-23T10:00:05.000Z'): LiveState => ({ ...idle, status: 'running', currentStepId: steps[n]!.id, currentStartedAt: at, currentEndsAt: '2026-11-23T10:10:00.000Z', startedAt: at, serverNow: at });
const detail = (overrides: Partial<IntervisionSessionDetail> = {}): IntervisionSessionDetail => ({
  id: sessionId, networkId, title: 'Intervisie november', startsAt: '2026-11-23T10:00:00.000Z', method: { id: uuid(2), name: { nl: 'Incidentmethode', en: 'Incident method' } }, status: 'planned',
  people: [{ person: { id: me.id, displayName: me.displayName }, role: 'case-owner' }, { person: mira, role: 'lead' }], plannedBy: mira, myRole: 'case-owner', erasedAt: null, endedAt: null,
  phases, live: idle, currentPhaseKey: null, case: null, contributions: [], takeAways: null, ...overrides,
});

function open(d: IntervisionSessionDetail, extra: Parameters<typeof fakeApi>[0] = {}) {
  const api = fakeApi({ 'GET /api/auth/me': { body: me }, [`GET ${base}`]: { body: d }, [`GET ${base}/audit`]: { body: [] }, ...extra });
  const view = renderApp([{ path: '/networks/:networkId/intervisie/:sessionId', element: <SessionPage /> }], `/networks/${networkId}/intervisie/${sessionId}`);
  return { ...api, ...view };
}

describe('an intervision session page', () => {
  beforeEach(() => {
    void setLanguage('nl');
    useStepsStore.getState().clear();
  });

  it('nudges the case owner about a phone number and a BSN, replaces them and saves the replaced text', async () => {
    const text = 'Client belt vaak vanaf 06-12345678 en gaf BSN 111222333 door.';
    const hits = findIdentifyingDetails(text);
    expect(hits.map((h) => h.kind)).toEqual(['phone', 'bsn']);
    const { calls } = open(detail(), { [`PUT ${base}/case`]: ({ body }) => ({ body: { text: (body as { text: string }).text, updatedAt: '2026-11-23T09:00:00.000Z', hits: [] } }) });
    const user = setupUser();
    expect(await screen.findByText(/Vertrouwelijk/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Casus schrijven' }));
    await user.type(screen.getByRole('textbox', { name: /Jouw casus/ }), text);
    await user.click(screen.getByRole('button', { name: 'Controleren en opslaan' }));
    const list = within(await screen.findByRole('list', { name: 'Gevonden in je casus' }));
    expect(list.getAllByRole('listitem')).toHaveLength(2);
    expect(list.getByText('06-12345678')).toBeInTheDocument();
    expect(list.getByText('111222333')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
    for (const hit of hits) await user.click(list.getByRole('button', { name: `Vervang door ${hit.suggestion}` }));
    await user.click(within(screen.getByRole('region', { name: 'Herkent iemand hier een persoon aan?' })).getByRole('button', { name: 'Opslaan' }));
    const expected = text.replace('06-12345678', hits[0]!.suggestion).replace('111222333', hits[1]!.suggestion);
    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ text: expected }));
  });

  it('shows a participant the case to read, without writing or erasing it, and lets them add in a collecting phase', async () => {
    const d = detail({ myRole: 'participant', status: 'running', live: running(1), case: { text: 'Cliënt A mist afspraken.', updatedAt: '2026-11-23T09:00:00.000Z', hits: [] } });
    const { calls } = open(d, { [`POST ${base}/contributions`]: { status: 201, body: { id: uuid(90), phaseKey: 'questions', kind: 'clarifying-questions', author: { id: me.id, displayName: me.displayName }, text: 'Sinds wanneer?', takenAway: false, createdAt: '2026-11-23T10:01:00.000Z' } } });
    const user = setupUser();
    expect(await screen.findByTestId('case-text')).toHaveTextContent('Cliënt A mist afspraken.');
    expect(screen.queryByRole('button', { name: 'Casus aanpassen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Casus wissen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Volgende stap' })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Jouw bijdrage/ }), 'Sinds wanneer?');
    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ text: 'Sinds wanneer?' }));
  });

  it('follows the lead’s moves from steps.changed: phase, instructions and countdown; the case owner only listens when locked', async () => {
    const { client } = open(detail({ status: 'running', live: running(1) }));
    expect(await screen.findByTestId('live-current')).toHaveTextContent('Vragen stellen');
    expect(screen.getByText('Uitleg Vragen stellen')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveAttribute('data-ends-at', '2026-11-23T10:10:00.000Z');
    const handlers = liveStepsLive({ client, meId: me.id, onRemoved: jest.fn() });
    act(() => handlers['steps.changed']({ networkId, state: { ...running(2, '2026-11-23T10:10:05.000Z'), currentEndsAt: '2026-11-23T10:20:05.000Z' } }));
    await waitFor(() => expect(screen.getByTestId('live-current')).toHaveTextContent('Adviezen'));
    expect(screen.getByRole('timer')).toHaveAttribute('data-ends-at', '2026-11-23T10:20:05.000Z');
    expect(screen.getByText('In deze stap luister je alleen.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Jouw bijdrage/ })).not.toBeInTheDocument();
  });

  it('shows "not found" to someone outside the session', async () => {
    open(detail(), { [`GET ${base}`]: { status: 404, body: { error: { code: 'not_found', message: 'Not found' } } }, [`GET /api/networks/${networkId}/intervision-sessions`]: { body: [] } });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Deze pagina bestaat niet');
  });
});
