import { act, screen, waitFor, within } from '@testing-library/react';
import type { Comment, Network, Question, QuestionDetail, RoundState } from '@broedplaats/contracts';
import { fakeApi, unauthenticated } from '../../../test/fake-api';
import { me, network, networkId, themes } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { PublicNetworkPage } from '../welcome/PublicNetworkPage';
import { AgendaSection } from './AgendaSection';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const mira = { id: uuid(50), displayName: 'Mira' };
const anna = { id: me.id, displayName: me.displayName };
const question = (n: number, rest: Partial<Question> = {}): Question => ({
  id: uuid(n), networkId, title: `Vraag ${n}`, situation: 'In de wijk.', themeIds: [], origin: 'practice', commissionedBy: '', residentPerspective: '', status: 'on-agenda',
  proposer: mira, showProposer: false, public: false, supportCount: 0, commentCount: 0, roundDots: null, assignment: null, outcome: null,
  createdAt: '2026-11-20T10:00:00.000Z', statusChangedAt: '2026-11-20T10:00:00.000Z', supportedByMe: false, ...rest,
});
const detail = (q: Question): QuestionDetail => ({ ...q, history: [{ from: null, to: 'proposed', reason: '', by: q.proposer, at: q.createdAt }] });
const round = (rest: Partial<RoundState['round'] & object> = {}) => ({ id: uuid(90), networkId, budget: 3, openedAt: '2026-11-20T10:00:00.000Z', closedAt: null, ranking: [], ...rest });
const comment = (n: number, rest: Partial<Comment> = {}): Comment => ({
  id: uuid(n), questionId: uuid(1), parentId: null, author: anna, text: `Reactie ${n}`, mentions: [], deleted: false, createdAt: new Date().toISOString(), editedAt: null, ...rest,
});
const Q1 = `/api/networks/${networkId}/questions/${uuid(1)}`;

function open(options: { role?: Network['myRole']; items?: Question[]; roundState?: RoundState; routes?: Parameters<typeof fakeApi>[0]; path?: string }) {
  const api = fakeApi({
    'GET /api/auth/me': { body: me },
    'GET /api/themes': { body: themes },
    [`GET /api/networks/${networkId}/members`]: { body: [] },
    [`GET /api/networks/${networkId}/questions`]: () => ({ body: { items: options.items ?? [], total: options.items?.length ?? 0, page: 1, pageSize: 20 } }),
    [`GET /api/networks/${networkId}/rounds/current`]: { body: options.roundState ?? { round: null, myDots: {}, dotsLeft: 0 } },
    ...options.routes,
  });
  const view = renderApp([{ path: '/', element: <AgendaSection network={network({ myRole: options.role ?? 'member' })} canManage={options.role === 'facilitator'} /> }], options.path ?? '/');
  return { ...api, ...view };
}

describe('dot voting on the agenda', () => {
  beforeEach(() => setLanguage('nl'));

  it('lets a facilitator open a round with a budget of dots', async () => {
    const { calls } = open({
      role: 'facilitator',
      routes: { [`POST /api/networks/${networkId}/rounds`]: { status: 201, body: { round: round({ budget: 4 }), myDots: {}, dotsLeft: 4 } } },
    });
    const user = setupUser();
    const budget = await screen.findByRole('textbox', { name: 'Stippen per lid' });
    await user.clear(budget);
    await user.type(budget, '4');
    await user.click(screen.getByRole('button', { name: 'Stemronde starten' }));
    expect(await screen.findByText('Je hebt nog 4 stippen')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ budget: 4 });
    expect(screen.getByRole('button', { name: 'Stemronde sluiten' })).toBeInTheDocument();
  });

  it('shows a member the dots left and adds and removes dots per question on the agenda', async () => {
    let mine = 0;
    const { calls } = open({
      items: [question(1), question(2, { status: 'proposed' })],
      roundState: { round: round(), myDots: {}, dotsLeft: 3 },
      routes: {
        [`PUT /api/networks/${networkId}/rounds/${uuid(90)}/dots/${uuid(1)}`]: (call) => {
          mine = (call.body as { dots: number }).dots;
          return { body: { round: round(), myDots: { [uuid(1)]: mine }, dotsLeft: 3 - mine } };
        },
      },
    });
    const user = setupUser();
    expect(await screen.findByText('Je hebt nog 3 stippen')).toBeInTheDocument();
    // Only questions on the agenda take dots.
    expect(screen.queryByRole('button', { name: 'Stip erbij: Vraag 2' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stip eraf: Vraag 1' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Stip erbij: Vraag 1' }));
    await user.click(await screen.findByRole('button', { name: 'Stip erbij: Vraag 1' }));
    expect(await screen.findByText('Je hebt nog 1 stip')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Stippen op deze vraag: Vraag 1' })).getByText('2 stippen')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stip eraf: Vraag 1' }));
    expect(await screen.findByText('Je hebt nog 2 stippen')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.body)).toEqual([{ dots: 1 }, { dots: 2 }, { dots: 1 }]);
  });

  it('shows the frozen ranking of the last closed round, also in English', async () => {
    const ranking = [{ questionId: uuid(1), title: 'Vraag 1', dots: 5, rank: 1 }, { questionId: uuid(2), title: 'Vraag 2', dots: 1, rank: 2 }];
    open({ items: [question(1, { roundDots: 5 })], roundState: { round: round({ closedAt: '2026-11-21T10:00:00.000Z', ranking }), myDots: {}, dotsLeft: 0 } });
    const list = await screen.findByRole('list', { name: 'Uitslag laatste stemronde' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['1. Vraag 1 (5 stippen)', '2. Vraag 2 (1 stip)']);
    expect(screen.getByText('5 stippen in laatste ronde')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Stip erbij/ })).not.toBeInTheDocument();
    await act(() => setLanguage('en'));
    expect(await screen.findByText('1. Vraag 1 (5 dots)')).toBeInTheDocument();
  });
});

describe('working on a question', () => {
  beforeEach(() => setLanguage('nl'));

  it('filters the agenda by theme with the plain theme names', async () => {
    const { calls } = open({ items: [question(1, { themeIds: ['loneliness'] })] });
    expect(within((await screen.findAllByRole('listitem'))[0]).getByText('Eenzaamheid')).toBeInTheDocument();
    const user = setupUser();
    await user.click(screen.getByRole('combobox', { name: 'Thema' }));
    await user.click(await screen.findByRole('option', { name: 'Jeugd' }));
    await waitFor(() => expect(calls.some((c) => c.path.includes('theme=youth'))).toBe(true));
  });

  it('lets a member take a question on with a due date, and give it back', async () => {
    const q = question(1);
    const taken = question(1, { assignment: { taker: anna, dueDate: '2027-01-15', takenAt: '2026-11-22T10:00:00.000Z' } });
    const { calls } = open({
      path: `/?vraag=${uuid(1)}`,
      routes: {
        [`GET ${Q1}`]: { body: detail(q) },
        [`GET ${Q1}/comments`]: { body: [] },
        [`PUT ${Q1}/assignment`]: { body: taken },
        [`DELETE ${Q1}/assignment`]: { body: q },
      },
    });
    const user = setupUser();
    await user.type(await screen.findByLabelText(/Klaar op/), '2027-01-15');
    await user.click(screen.getByRole('button', { name: 'Ik pak dit op' }));
    expect(await screen.findByText('Anna de Vries zoekt dit uit, klaar op 15 januari 2027')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ dueDate: '2027-01-15' });
    await user.click(screen.getByRole('button', { name: 'Teruggeven' }));
    expect(await screen.findByText('Nog niemand zoekt dit uit.')).toBeInTheDocument();
  });

  it('lets a facilitator attach an outcome and make the question public', async () => {
    const q = question(1, { status: 'in-progress' });
    const withOutcome = { ...q, outcome: { url: 'https://example.nl/rapport', text: 'Zes tips', by: anna, at: '2026-11-22T10:00:00.000Z' } };
    const { calls } = open({
      role: 'facilitator',
      path: `/?vraag=${uuid(1)}`,
      routes: {
        [`GET ${Q1}`]: { body: detail(q) },
        [`GET ${Q1}/comments`]: { body: [] },
        [`PUT ${Q1}/outcome`]: { body: withOutcome },
        [`PATCH ${Q1}`]: { body: { ...withOutcome, public: true } },
      },
    });
    const user = setupUser();
    await user.click(await screen.findByRole('button', { name: 'Uitkomst toevoegen' }));
    await user.type(screen.getByRole('textbox', { name: 'Link' }), 'https://example.nl/rapport');
    await user.type(screen.getByRole('textbox', { name: 'Wat kwam eruit?' }), 'Zes tips');
    await user.click(screen.getByRole('button', { name: 'Uitkomst opslaan' }));
    expect(await screen.findByRole('link', { name: 'https://example.nl/rapport' })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ url: 'https://example.nl/rapport', text: 'Zes tips' });

    const toggle = screen.getByRole('switch', { name: 'Openbaar op de profielpagina' });
    expect(toggle).not.toBeChecked();
    // The proposer's consent is theirs alone.
    expect(screen.queryByRole('switch', { name: /Mijn naam mag erbij/ })).not.toBeInTheDocument();
    await user.click(toggle);
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Openbaar op de profielpagina' })).toBeChecked());
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ public: true });
  });

  it('lets the proposer agree to be named on the public profile', async () => {
    const q = question(1, { proposer: anna, public: true });
    const { calls } = open({
      path: `/?vraag=${uuid(1)}`,
      routes: { [`GET ${Q1}`]: { body: detail(q) }, [`GET ${Q1}/comments`]: { body: [] }, [`PATCH ${Q1}`]: { body: { ...q, showProposer: true } } },
    });
    await setupUser().click(await screen.findByRole('switch', { name: 'Mijn naam mag erbij als de vraag openbaar wordt' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ showProposer: true }));
    expect(screen.queryByRole('switch', { name: 'Openbaar op de profielpagina' })).not.toBeInTheDocument();
  });

  it('lets the author edit a fresh comment, not an old one, and remove it leaving the marker', async () => {
    const fresh = comment(70, { mentions: [mira] });
    const old = comment(71, { createdAt: new Date(Date.now() - 20 * 60_000).toISOString() });
    const { calls } = open({
      path: `/?vraag=${uuid(1)}`,
      routes: {
        [`GET ${Q1}`]: { body: detail(question(1)) },
        [`GET ${Q1}/comments`]: { body: [fresh, old] },
        [`PATCH ${Q1}/comments/${uuid(70)}`]: (call) => ({ body: { ...fresh, text: (call.body as { text: string }).text, editedAt: new Date().toISOString() } }),
        [`DELETE ${Q1}/comments/${uuid(71)}`]: { status: 204 },
      },
    });
    const user = setupUser();
    expect(await screen.findByText('Genoemd: @Mira')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Aanpassen' })).toHaveLength(1); // the old one is past its 15 minutes
    await user.click(screen.getByRole('button', { name: 'Aanpassen' }));
    const box = screen.getByRole('textbox', { name: 'Aanpassen' });
    await user.clear(box);
    await user.type(box, 'Beter gezegd');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Beter gezegd')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ text: 'Beter gezegd', mentionedUserIds: [mira.id] });

    await user.click(screen.getAllByRole('button', { name: 'Verwijderen' })[1]);
    await user.click(within(await screen.findByRole('dialog', { name: 'Reactie verwijderen?' })).getByRole('button', { name: 'Verwijderen' }));
    expect(await screen.findByText('Deze reactie is verwijderd.')).toBeInTheDocument();
    expect(screen.queryByText('Reactie 71')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(1);
  });
});

describe('public questions on the public profile', () => {
  beforeEach(() => setLanguage('nl'));

  it('shows a visitor the public questions, naming the proposer only when given', async () => {
    fakeApi({
      'GET /api/auth/me': unauthenticated,
      'GET /api/themes': { body: themes },
      [`GET /api/public/networks/${networkId}`]: { body: network({ myRole: null, visibility: 'public', name: 'Samen tegen Eenzaamheid' }) },
      [`GET /api/public/networks/${networkId}/questions`]: {
        body: [
          { id: uuid(1), title: 'Hoe bereiken we eenzame ouderen?', situation: 'Ze komen niet naar de koffieochtend.', themeIds: ['loneliness'], status: 'in-progress', proposer: mira, supportCount: 3, createdAt: '2026-11-20T10:00:00.000Z' },
          { id: uuid(2), title: 'Wat doen buren?', situation: 'Buren willen helpen.', themeIds: [], status: 'on-agenda', proposer: null, supportCount: 1, createdAt: '2026-11-20T10:00:00.000Z' },
        ],
      },
    });
    renderApp([{ path: '/openbaar/:networkId', element: <PublicNetworkPage /> }], `/openbaar/${networkId}`);
    const list = await screen.findByRole('list', { name: 'Openbare vragen' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent('Hoe bereiken we eenzame ouderen?');
    expect(first).toHaveTextContent('Gesteld door Mira');
    expect(first).toHaveTextContent('3 steunen dit');
    expect(first).toHaveTextContent('Mee bezig');
    expect(second).not.toHaveTextContent('Gesteld door');
  });
});
