import { act, screen, waitFor, within } from '@testing-library/react';
import type { Question, QuestionDetail } from '@broedplaats/contracts';
import { fakeApi, type FakeCall } from '../../../test/fake-api';
import { me, network, networkId, themes } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { AgendaSection } from './AgendaSection';
import { agendaLive } from './live';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const mira = { id: uuid(50), displayName: 'Mira' };
const question = (n: number, rest: Partial<Question> = {}): Question => ({
  id: uuid(n), networkId, title: `Vraag ${n}`, situation: 'In de wijk.', themeIds: [], origin: 'practice', commissionedBy: '', residentPerspective: '', status: 'proposed',
  proposer: mira, showProposer: false, public: false, supportCount: 0, commentCount: 0, roundDots: null, assignment: null, outcome: null,
  createdAt: '2026-11-20T10:00:00.000Z', statusChangedAt: '2026-11-20T10:00:00.000Z', supportedByMe: false, ...rest,
});
const { supportedByMe: _s, ...shared } = question(1);

function open(items: Question[], extra: Parameters<typeof fakeApi>[0] = {}, path = '/') {
  const api = fakeApi({
    [`GET /api/networks/${networkId}/questions`]: () => ({ body: { items, total: items.length, page: 1, pageSize: 20 } }),
    ...extra,
  });
  const view = renderApp([{ path: '/', element: <AgendaSection network={network({ myRole: 'member' })} canManage={false} /> }], path);
  return { ...api, ...view };
}
const cards = async () => within(await screen.findByRole('list', { name: 'Kennisagenda' })).getAllByRole('listitem');

describe('the knowledge agenda', () => {
  beforeEach(() => setLanguage('nl'));

  it('lists questions with a plain-Dutch status and asks for another sort', async () => {
    const { calls } = open([question(1, { status: 'on-agenda', supportCount: 3 }), question(2, { commentCount: 2 })]);
    const [first, second] = await cards();
    expect(first).toHaveTextContent('Vraag 1');
    expect(first).toHaveTextContent('Op de agenda');
    expect(within(first).getByRole('button', { name: 'Steun: 3 steunen dit' })).toHaveAttribute('aria-pressed', 'false');
    expect(second).toHaveTextContent('2 reacties');
    const user = setupUser();
    await user.click(screen.getByRole('combobox', { name: 'Sorteren' }));
    await user.click(await screen.findByRole('option', { name: 'Meeste steun' }));
    await waitFor(() => expect(calls.some((c) => c.path.includes('sort=support'))).toBe(true));
  });

  it('supports with one click and follows live counts without losing what is typed', async () => {
    const { calls, client } = open([question(1, { supportCount: 1 })], {
      [`PUT /api/networks/${networkId}/questions/${uuid(1)}/support`]: { body: { questionId: uuid(1), supportCount: 2, supportedByMe: true } },
    });
    const user = setupUser();
    await user.click(within((await cards())[0]).getByRole('button', { name: /^Steun:/ }));
    await waitFor(() => expect(within(screen.getAllByRole('listitem')[0]).getByRole('button', { name: 'Steun intrekken: 2 steunen dit' })).toHaveAttribute('aria-pressed', 'true'));
    expect(calls.filter((c: FakeCall) => c.method === 'PUT')).toHaveLength(1);

    // Half a question typed in the form, then someone else supports: the count moves, the text stays.
    await user.click(screen.getByRole('button', { name: 'Vraag toevoegen' }));
    await user.type(screen.getByRole('textbox', { name: /Je vraag/ }), 'Hoe vinden we');
    const handlers = agendaLive({ client, meId: me.id, onRemoved: jest.fn() });
    act(() => handlers['question.updated']({ networkId, question: { ...shared, supportCount: 3 } }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Steun intrekken: 3 steunen dit' })).toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: /Je vraag/ })).toHaveValue('Hoe vinden we');
  });

  it('proposes a question with only a title and a situation', async () => {
    const { calls } = open([], { [`POST /api/networks/${networkId}/questions`]: { status: 201, body: question(9) } });
    const user = setupUser();
    await screen.findByText('Nog geen vragen. Stel de eerste!');
    await user.click(screen.getByRole('button', { name: 'Vraag toevoegen' }));
    await user.type(screen.getByRole('textbox', { name: /Je vraag/ }), 'Hoe bereiken we eenzame ouderen?');
    await user.type(screen.getByRole('textbox', { name: /Wat speelt er/ }), 'Wijkteams zien ze te laat.');
    await user.click(screen.getByRole('button', { name: 'Vraag plaatsen' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ title: 'Hoe bereiken we eenzame ouderen?', situation: 'Wijkteams zien ze te laat.', origin: 'practice' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Vraag plaatsen' })).not.toBeInTheDocument());
  });

  it('lets the proposer pick themes from the own themes of the network, in plain words', async () => {
    const { calls } = fakeApi({
      [`GET /api/networks/${networkId}/questions`]: () => ({ body: { items: [], total: 0, page: 1, pageSize: 20 } }),
      [`POST /api/networks/${networkId}/questions`]: { status: 201, body: question(9) },
      'GET /api/themes': { body: themes },
    });
    renderApp([{ path: '/', element: <AgendaSection network={network({ myRole: 'member', themeIds: [themes[0].id] })} canManage={false} /> }], '/');
    const user = setupUser();
    await user.click(await screen.findByRole('button', { name: 'Vraag toevoegen' }));
    await user.type(screen.getByRole('textbox', { name: /Je vraag/ }), 'Wie helpt mantelzorgers?');
    await user.type(screen.getByRole('textbox', { name: /Wat speelt er/ }), 'Ze vallen om.');
    await user.click(screen.getByRole('button', { name: /Meer invullen/ }));
    await user.click(screen.getByRole('combobox', { name: 'Thema’s van het netwerk' }));
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(1);
    await user.click(options[0]);
    await user.click(screen.getByRole('button', { name: 'Vraag plaatsen' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ themeIds: [themes[0].id] }));
  });

  it('opens a question with its history and comments', async () => {
    const detail: QuestionDetail = {
      ...question(1, { status: 'set-aside' }),
      history: [
        { from: null, to: 'proposed', reason: '', by: mira, at: '2026-11-20T10:00:00.000Z' },
        { from: 'proposed', to: 'set-aside', reason: 'Past niet bij ons', by: { id: uuid(51), displayName: 'Fenna' }, at: '2026-11-21T10:00:00.000Z' },
      ],
    };
    open([], {
      [`GET /api/networks/${networkId}/questions/${uuid(1)}`]: { body: detail },
      [`GET /api/networks/${networkId}/questions/${uuid(1)}/comments`]: {
        body: [{ id: uuid(70), questionId: uuid(1), parentId: null, author: null, text: '', mentions: [], deleted: true, createdAt: '2026-11-21T11:00:00.000Z', editedAt: null }],
      },
      [`GET /api/networks/${networkId}/members`]: { body: [] },
    }, `/?vraag=${uuid(1)}`);
    expect(await screen.findByRole('heading', { name: 'Vraag 1' })).toBeInTheDocument();
    expect(screen.getByText(/Opzij gezet door Fenna/)).toHaveTextContent('Reden: Past niet bij ons');
    expect(await screen.findByText('Deze reactie is verwijderd.')).toBeInTheDocument();
  });
});
