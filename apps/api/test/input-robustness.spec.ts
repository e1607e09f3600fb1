import { ErrorBody } from '@broedplaats/contracts';
import { buildOpenApiDocument } from '../src/openapi/openapi.document';
import { TestApp, type Account, type Reply } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';
import { hostileCases, operationsOf, type HostileCase, type Operation, type Role } from './support/hostile-input';

/**
 * Every operation in the OpenAPI document (generated from the route table, which a test holds equal
 * to what Fastify serves), attacked with malformed bodies, wrong field types, huge
 * strings, bad ids and bad queries: each answer is a 4xx ErrorBody and nothing changes.
 */
const operations = operationsOf(buildOpenApiDocument() as never);
const cases = hostileCases(operations);
/** Operations that take no input at all (GET /api/health) have nothing to attack. */
const attacked = operations.filter((op) => cases.some((c) => c.op === op));

/** A valid body per operation; each hostile field case spoils exactly one field of it. */
const samples = (facilitator: Account): Record<string, unknown> => ({
  'POST /api/auth/register': { email: 'nieuw-robuust@example.nl', password: 'lang-genoeg-wachtwoord', displayName: 'Nieuw', language: 'en' },
  'POST /api/auth/login': { email: facilitator.email, password: 'lang-genoeg-wachtwoord' },
  'PATCH /api/auth/me': { displayName: 'Andere naam', language: 'en', organisation: 'Gemeente Goes', bio: 'Wijkwerker.' },
  // The current password is right: only the spoiled field may be the reason for a 400.
  'POST /api/auth/password': { currentPassword: 'lang-genoeg-wachtwoord', newPassword: 'een-ander-lang-wachtwoord' },
  'POST /api/auth/password-reset': { email: 'niemand-robuust@example.nl' },
  // No such token: a body that passes validation still changes nothing.
  'POST /api/auth/password-reset/complete': { token: 'geen-echte-reset-token-robuust', newPassword: 'een-ander-lang-wachtwoord' },
  // A wrong password: a body that passes validation still deletes nothing.
  'POST /api/auth/me/delete': { password: 'niet-het-goede-wachtwoord' },
  'POST /api/networks': { name: 'Nieuw netwerk', province: 'Zeeland', type: 'thematic', focus: ['research'], themeIds: [], partners: [{ name: 'Gemeente Goes', kind: 'municipality' }], startYear: 2020, visibility: 'public', domain: 'd', community: 'c', practice: 'p', region: 'r', status: 'paused', welcome: 'Welkom' },
  'PATCH /api/networks/{networkId}': { name: 'Andere naam', province: 'Zeeland', type: 'thematic', focus: ['education'], themeIds: [], partners: [], startYear: 2001, visibility: 'members', domain: 'd', community: 'c', practice: 'p', region: 'r', status: 'paused', welcome: 'Welkom' },
  'PATCH /api/networks/{networkId}/members/{userId}': { role: 'facilitator', category: 'citizen', engagement: 2 },
  'POST /api/networks/{networkId}/invitations/email': { invitees: [{ email: 'gast-robuust@example.nl', category: 'citizen' }], message: 'Welkom', expiresInDays: 7 },
  'POST /api/networks/{networkId}/invitations': { role: 'facilitator', category: 'student', expiresInDays: 3, reusable: true },
  'POST /api/admin/networks/{networkId}/duty': { reason: 'Een lid vraagt om hulp' },
  'PUT /api/admin/settings': { name: 'Broedplaats Zeeland', welcome: 'Welkom in Zeeland' },
  'POST /api/networks/{networkId}/questions': { title: 'Hoe bereiken we eenzame ouderen?', situation: 'In de wijk.', themeIds: ['eenzaamheid-sociaal-isolement'], origin: 'commissioned', commissionedBy: 'Gemeente Goes', residentPerspective: 'Ouderen', showProposer: true },
  'PATCH /api/networks/{networkId}/questions/{questionId}': { title: 'Andere titel', situation: 'Anders.', themeIds: [], origin: 'practice', commissionedBy: '', residentPerspective: '', public: true, showProposer: false },
  // The status the facilitator saw is not the status it has: a valid body still changes nothing.
  'POST /api/networks/{networkId}/questions/{questionId}/status': { from: 'answered', to: 'disseminated', reason: 'Klaar' },
  'PUT /api/networks/{networkId}/questions/{questionId}/assignment': { dueDate: '2027-01-31' },
  'PUT /api/networks/{networkId}/questions/{questionId}/outcome': { url: 'https://example.nl/uitkomst', text: 'Wat we leerden' },
  'POST /api/networks/{networkId}/questions/{questionId}/comments': { text: 'Goede vraag', parentId: null, mentionedUserIds: [] },
  'PATCH /api/networks/{networkId}/questions/{questionId}/comments/{commentId}': { text: 'Andere tekst', mentionedUserIds: [] },
  // A round is open already: a valid body still opens none.
  'POST /api/networks/{networkId}/rounds': { budget: 3 },
  'PUT /api/networks/{networkId}/rounds/{roundId}/dots/{questionId}': { dots: 2 },
  'POST /api/networks/{networkId}/meetings': { title: 'Leerkring', type: 'learning-circle', place: 'Buurthuis', onlineUrl: 'https://meet.example.nl/kring', description: 'Over eenzaamheid', start: '2030-10-01T19:00', end: '2030-10-01T21:00' },
  'POST /api/networks/{networkId}/meetings/series': { title: 'Reeks', type: 'workshop', place: '', onlineUrl: '', description: '', firstStart: '2030-10-01T19:00', durationMinutes: 120, count: 4, intervalWeeks: 3 },
  'PATCH /api/networks/{networkId}/meetings/{meetingId}': { title: 'Andere titel', type: 'symposium', place: 'Stadhuis', onlineUrl: '', description: 'd', start: '2030-10-02T19:00', end: '2030-10-02T21:00', scope: 'this' },
  'POST /api/networks/{networkId}/meetings/{meetingId}/items': { title: 'Opening', timeboxMinutes: 10, ownerId: null, questionId: null },
  'PATCH /api/networks/{networkId}/meetings/{meetingId}/items/{itemId}': { title: 'Welkom', timeboxMinutes: 5, ownerId: null, questionId: null, status: 'accepted' },
  'PUT /api/networks/{networkId}/meetings/{meetingId}/items/order': { itemIds: ['6f1c0a52-8f0e-4a55-9d0a-3f2b9c1d2e4f'] },
  'PUT /api/networks/{networkId}/meetings/{meetingId}/rsvp': { answer: 'maybe', note: 'Misschien later' },
  'PUT /api/networks/{networkId}/meetings/{meetingId}/attendance': { userId: '6f1c0a52-8f0e-4a55-9d0a-3f2b9c1d2e4f', present: true },
  'POST /api/networks/{networkId}/meetings/{meetingId}/decisions': { text: 'We gaan door', itemId: null },
  'POST /api/networks/{networkId}/meetings/{meetingId}/actions': { text: 'Verslag maken', assigneeId: null, dueOn: '2030-10-10' },
  'PATCH /api/networks/{networkId}/meetings/{meetingId}/actions/{actionId}': { status: 'done' },
  'PUT /api/networks/{networkId}/meetings/{meetingId}/minutes': { minutes: 'Notulen' },
  'POST /api/networks/{networkId}/meetings/{meetingId}/live': { action: 'next' },
  // Everything: the facilitator's unread notification (Mira joined with their invitation) would go.
  'POST /api/me/notifications/read': { networkId: null },
  'POST /api/networks/{networkId}/practice-pages': { title: 'Werkwijze huisbezoek' },
  'PATCH /api/networks/{networkId}/practice-pages/{documentId}': { title: 'Andere titel' },
  // One page is missing from the order: a valid body still changes nothing (stale_order).
  'PUT /api/networks/{networkId}/practice-pages/order': { documentIds: ['6f1c0a52-8f0e-4a55-9d0a-3f2b9c1d2e4f'] },
  'POST /api/networks/{networkId}/cycles': {
    title: 'Signaalkaart', learningQuestion: 'Wat werkt?', questionId: null, visibility: 'facilitators', coachId: null, bottlenecks: ['Schaamte'], changeGoals: ['Eerder'],
    outcomes: [{ text: 'Sneller hulp', indicators: [{ name: 'Bezoeken', unit: 'aantal', direction: 'higher', baseline: 0, target: 20 }] }], actions: [{ what: 'Kaart', who: 'Pieter', when: '2030-01-01', done: false }], coOwnerIds: [],
  },
  // The facilitator owns no cycle: a valid body still changes nothing.
  'PATCH /api/networks/{networkId}/cycles/{cycleId}': {
    title: 'Andere titel', learningQuestion: 'Andere vraag', questionId: null, visibility: 'private', coachId: null, bottlenecks: [], changeGoals: [], outcomes: [], actions: [], ownerIds: [facilitator.id],
  },
  'POST /api/networks/{networkId}/cycles/{cycleId}/phase': { from: 'act', to: 'observe' },
  'PATCH /api/networks/{networkId}/cycles/{cycleId}/iterations/{iterationId}': { plan: 'p', done: 'd', observed: 'o', reflection: 'r' },
  'POST /api/networks/{networkId}/cycles/{cycleId}/close': { conclusion: { learned: 'Veel', changesInPractice: '', recommendations: '' }, followUp: { title: 'Vervolg' } },
  'POST /api/networks/{networkId}/cycles/{cycleId}/logs': { clientId: '6f1c0a52-8f0e-4a55-9d0a-3f2b9c1d2e4f', did: 'Huisbezoek', happened: '', learned: '', next: '', mood: 3, date: '2026-01-01', measurements: [] },
  'POST /api/networks/{networkId}/cycles/{cycleId}/measurements': { indicatorId: '6f1c0a52-8f0e-4a55-9d0a-3f2b9c1d2e4f', value: 2, date: '2026-01-01', note: 'n' },
  'POST /api/networks/{networkId}/cycles/{cycleId}/comments': { text: 'Goed bezig' },
  'POST /api/networks/{networkId}/documents/{documentId}/comments': { anchor: { start: 'AA==', end: 'AA==' }, quote: 'Een passage', text: 'Klopt dit?', mentionedUserIds: [] },
  'POST /api/networks/{networkId}/documents/{documentId}/comments/{threadId}/replies': { text: 'Ja', mentionedUserIds: [] },
  // The comment under the thread is the member's own: the facilitator's valid edit is still refused.
  'PATCH /api/networks/{networkId}/documents/{documentId}/comments/{threadId}/comments/{commentId}': { text: 'Anders', mentionedUserIds: [] },
  'PUT /api/networks/{networkId}/documents/{documentId}/comments/{threadId}/resolved': { resolved: true },
  'POST /api/networks/{networkId}/documents/{documentId}/versions': { name: 'Versie' },
  'POST /api/networks/{networkId}/intervision-methods': { name: { nl: 'Kort', en: 'Short' }, purpose: { nl: 'Doel', en: 'Purpose' }, groupSize: { min: 3, max: 6 }, phases: [{ key: 'case', name: { nl: 'Casus', en: 'Case' }, instructions: { nl: 'Vertel', en: 'Tell' }, minutes: 5, speaker: 'case-owner', collects: 'case', caseOwnerListensOnly: false }, { key: 'advice', name: { nl: 'Advies', en: 'Advice' }, instructions: { nl: 'Geef', en: 'Give' }, minutes: 10, speaker: 'group', collects: 'advice', caseOwnerListensOnly: true }], basedOn: null },
  'PUT /api/networks/{networkId}/intervision-methods/{methodId}': { name: { nl: 'Kort', en: 'Short' }, purpose: { nl: 'Doel', en: 'Purpose' }, groupSize: { min: 3, max: 6 }, phases: [{ key: 'case', name: { nl: 'Casus', en: 'Case' }, instructions: { nl: 'Vertel', en: 'Tell' }, minutes: 5, speaker: 'case-owner', collects: 'case', caseOwnerListensOnly: false }, { key: 'advice', name: { nl: 'Advies', en: 'Advice' }, instructions: { nl: 'Geef', en: 'Give' }, minutes: 10, speaker: 'group', collects: 'advice', caseOwnerListensOnly: true }], basedOn: null },
  // The people are strangers to the network: a valid body still plans nothing.
  'POST /api/networks/{networkId}/intervision-sessions': { title: 'Intervisie', startsAt: '2030-01-01T10:00:00.000Z', methodId: 'a0000000-0000-4000-8000-000000000001', people: [{ userId: '6f1c0a52-8f0e-4a55-9d0a-3f2b9c1d2e4f', role: 'case-owner' }, { userId: '7f1c0a52-8f0e-4a55-9d0a-3f2b9c1d2e4f', role: 'lead' }] },
  'PATCH /api/networks/{networkId}/intervision-sessions/{sessionId}': { title: 'Andere titel', startsAt: '2030-01-02T10:00:00.000Z' },
  'POST /api/networks/{networkId}/intervision-sessions/{sessionId}/live': { action: 'next' },
  'PUT /api/networks/{networkId}/intervision-sessions/{sessionId}/case': { text: 'Een casus' },
  'POST /api/networks/{networkId}/intervision-sessions/{sessionId}/contributions': { text: 'Een vraag' },
  'PUT /api/networks/{networkId}/intervision-sessions/{sessionId}/contributions/{contributionId}/take-away': { takenAway: true },
  'PUT /api/networks/{networkId}/intervision-sessions/{sessionId}/take-aways': { text: 'Wat ik meeneem' },
  'POST /api/intervision/pseudonym-check': { text: 'Jan de Vries belde.' },
  // No network: a journal entry of the facilitator's own (the snapshot holds their journal).
  'POST /api/me/reflections': { text: 'Wat ik leerde', domains: ['subjectification'], cycles: ['immediate'], networkId: null, link: null, sharedPart: null },
  'PATCH /api/me/reflections/{reflectionId}': { text: 'Anders', domains: ['qualification'], cycles: [], sharedPart: null },
  'POST /api/networks/{networkId}/value-stories': { title: 'Een verhaal', immediate: 'Wat gebeurde', potential: '', applied: '', realised: '', reframing: '', shared: false },
  'PATCH /api/networks/{networkId}/value-stories/{storyId}': { title: 'Ander verhaal', shared: true },
  // The same threshold as it has: a valid body changes nothing.
  'PUT /api/networks/{networkId}/cycle-settings': { staleDays: 21 },
});

type Ids = {
  networkId: string; userId: string; invitationId: string; token: string; sessionId: string; questionId: string; commentId: string; roundId: string; meetingId: string; itemId: string; actionId: string;
  cycleId: string; iterationId: string; documentId: string; threadId: string; versionId: string; methodId: string; contributionId: string; reflectionId: string; storyId: string;
};
const key = (op: Operation) => `${op.method} ${op.path}`;

// Validation happens before any SQL, so one database is enough; behaviour per database is tested elsewhere.
describe.each(testDatabases().slice(0, 1))('hostile input on %s', (_kind, db: TestDatabase) => {
  let t: TestApp;
  let accounts: Record<Exclude<Role, 'anonymous'>, Account>;
  let ids: Ids;
  let bodies: Record<string, unknown>;

  beforeAll(async () => {
    t = await TestApp.start(db);
    const [facilitator, member, outsider] = await Promise.all([t.signUp('Fenna'), t.signUp('Mira'), t.signUp('Otto')]);
    accounts = { facilitator, member, outsider };
    const network = await t.createNetwork(facilitator, { visibility: 'public' });
    await t.join(member, await t.invite(facilitator, network.id));
    const open = await t.request('POST', `/api/networks/${network.id}/invitations`, { cookie: facilitator.cookie, body: { category: 'citizen' } });
    const sessions = await t.request('GET', '/api/auth/sessions', { cookie: facilitator.cookie });
    const question = await t.request('POST', `/api/networks/${network.id}/questions`, { cookie: member.cookie, body: { title: 'Een vraag', situation: 'De situatie.' } });
    const comment = await t.request('POST', `/api/networks/${network.id}/questions/${question.body.id}/comments`, { cookie: member.cookie, body: { text: 'Een reactie' } });
    const round = await t.request('POST', `/api/networks/${network.id}/rounds`, { cookie: facilitator.cookie, body: { budget: 3 } });
    const meeting = await t.request('POST', `/api/networks/${network.id}/meetings`, { cookie: facilitator.cookie, body: { title: 'Kring', type: 'other', start: '2030-10-01T19:00', end: '2030-10-01T21:00' } });
    const withItem = await t.request('POST', `/api/networks/${network.id}/meetings/${meeting.body.id}/items`, { cookie: facilitator.cookie, body: { title: 'Opening' } });
    const withAction = await t.request('POST', `/api/networks/${network.id}/meetings/${meeting.body.id}/actions`, { cookie: facilitator.cookie, body: { text: 'Verslag' } });
    const page = await t.request('POST', `/api/networks/${network.id}/practice-pages`, { cookie: member.cookie, body: { title: 'Een pagina' } });
    const cycle = await t.request('POST', `/api/networks/${network.id}/cycles`, { cookie: member.cookie, body: { title: 'Een cyclus', learningQuestion: 'Wat werkt?' } });
    const thread = await t.request('POST', `/api/networks/${network.id}/documents/${page.body.id}/comments`, { cookie: member.cookie, body: { anchor: { start: 'AA==', end: 'AA==' }, quote: 'Passage', text: 'Een vraag' } });
    const version = await t.request('POST', `/api/networks/${network.id}/documents/${page.body.id}/versions`, { cookie: member.cookie, body: { name: 'Eerste' } });
    const method = await t.request('POST', `/api/networks/${network.id}/intervision-methods`, { cookie: facilitator.cookie, body: { ...(samples(facilitator)['POST /api/networks/{networkId}/intervision-methods'] as object) } });
    // A planned session, so the snapshot's list of sessions has something hostile requests must not change.
    await t.request('POST', `/api/networks/${network.id}/intervision-sessions`, {
      cookie: facilitator.cookie, body: { title: 'Intervisie', startsAt: '2030-01-01T10:00:00.000Z', methodId: method.body.id, people: [{ userId: member.id, role: 'case-owner' }, { userId: facilitator.id, role: 'lead' }] },
    });
    const reflection = await t.request('POST', '/api/me/reflections', { cookie: facilitator.cookie, body: { text: 'Mijn reflectie', networkId: network.id, sharedPart: 'Gedeeld' } });
    const story = await t.request('POST', `/api/networks/${network.id}/value-stories`, { cookie: facilitator.cookie, body: { title: 'Verhaal', immediate: 'Iets', shared: true } });
    ids = {
      networkId: network.id, userId: member.id, invitationId: open.body.id, token: open.body.token, sessionId: sessions.body[0].id,
      questionId: question.body.id, commentId: comment.body.id, roundId: round.body.round.id,
      meetingId: meeting.body.id, itemId: withItem.body.items[0].id, actionId: withAction.body.actions[0].id,
      cycleId: cycle.body.id, iterationId: cycle.body.iterations[0].id, documentId: page.body.id, threadId: thread.body.id, versionId: version.body.id,
      // `sessionId` is the login session's: on intervision routes it names no session, so validation alone answers there.
      methodId: method.body.id, contributionId: '6f1c0a52-8f0e-4a55-9d0a-3f2b9c1d2e4f', reflectionId: reflection.body.id, storyId: story.body.id,
    };
    bodies = samples(facilitator);
  });
  afterAll(() => t.close());

  /**
   * What a hostile request could have changed, seen through the API: the network, its members and
   * invitations, the facilitator's profile, sessions, networks and notifications, and whether the others are still logged in.
   */
  async function snapshot() {
    const { facilitator: fac, member, outsider } = accounts;
    const get = async (url: string, who: Account) => {
      const res = await t.request('GET', url, { cookie: who.cookie });
      return { status: res.status, body: res.body };
    };
    const [network, members, invitations, me, sessions, mine, memberMe, outsiderMe, notifications] = await Promise.all([
      get(`/api/networks/${ids.networkId}`, fac),
      get(`/api/networks/${ids.networkId}/members`, fac),
      get(`/api/networks/${ids.networkId}/invitations`, fac),
      get('/api/auth/me', fac),
      get('/api/auth/sessions', fac),
      get('/api/networks?scope=mine&includeArchived=true&pageSize=100', fac),
      get('/api/auth/me', member),
      get('/api/auth/me', outsider),
      get('/api/me/notifications', fac),
    ]);
    const sessionIds = Array.isArray(sessions.body) ? sessions.body.map((s: { id: string }) => s.id) : sessions;
    const [questions, question, comments, round, pages, minutes] = await Promise.all([
      get(`/api/networks/${ids.networkId}/questions?includeWithdrawn=true`, fac),
      get(`/api/networks/${ids.networkId}/questions/${ids.questionId}`, member),
      get(`/api/networks/${ids.networkId}/questions/${ids.questionId}/comments`, fac),
      get(`/api/networks/${ids.networkId}/rounds/current`, fac),
      get(`/api/networks/${ids.networkId}/practice-pages`, fac),
      get(`/api/networks/${ids.networkId}/documents/${ids.documentId}/published`, fac),
    ]);
    const [cycles, cycle, cycleLogs, cycleComments] = await Promise.all([
      get(`/api/networks/${ids.networkId}/cycles?pageSize=100`, member),
      get(`/api/networks/${ids.networkId}/cycles/${ids.cycleId}`, member),
      get(`/api/networks/${ids.networkId}/cycles/${ids.cycleId}/logs`, member),
      get(`/api/networks/${ids.networkId}/cycles/${ids.cycleId}/comments`, member),
    ]);
    const [methods, intervision, journal, stories] = await Promise.all([
      get(`/api/networks/${ids.networkId}/intervision-methods`, fac),
      get(`/api/networks/${ids.networkId}/intervision-sessions`, fac),
      get('/api/me/reflections', fac),
      get(`/api/networks/${ids.networkId}/value-stories`, fac),
    ]);
    const [documentComments, documentVersions] = await Promise.all([
      get(`/api/networks/${ids.networkId}/documents/${ids.documentId}/comments`, member),
      get(`/api/networks/${ids.networkId}/documents/${ids.documentId}/versions`, member),
    ]);
    return {
      network, members, invitations, me, sessionIds, mine, memberMe, outsiderMe, questions, question, comments, round, notifications, pages, minutes, cycles, cycle, cycleLogs, cycleComments,
      documentComments, documentVersions, methods, intervision, journal, stories,
    };
  }

  function send(c: HostileCase): Promise<Reply> {
    const real: Record<string, string> = { ...ids, ...c.request.path };
    const path = c.op.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(real[name]).replace(/%25/g, '%'));
    const url = c.request.query ? `${path}?${c.request.query}` : path;
    const sample = bodies[key(c.op)];
    const json = c.request.json ? { ...(sample as object), ...(c.request.json as object) } : sample;
    const payload = c.request.raw ?? (json === undefined ? undefined : JSON.stringify(json));
    const headers: Record<string, string> = payload === undefined ? {} : { 'content-type': c.request.contentType ?? 'application/json' };
    const who = c.role === 'anonymous' ? undefined : accounts[c.role];
    return t.request(c.op.method, url, { body: payload, cookie: who?.cookie, csrf: c.request.csrf, headers });
  }

  it('reads its operations from the app’s own OpenAPI document', async () => {
    const served = await t.request('GET', '/api/openapi.json');
    expect(served.body).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
    expect(operations.map(key)).toEqual(
      expect.arrayContaining(['POST /api/auth/register', 'PATCH /api/networks/{networkId}', 'DELETE /api/networks/{networkId}/members/{userId}', 'POST /api/invitations/{token}/accept']),
    );
    expect(cases.length).toBeGreaterThan(500);
    const takesInput = operations.filter((op) => op.method !== 'GET' || op.params.length || op.query.length);
    expect(takesInput.filter((op) => !attacked.includes(op)).map(key)).toEqual([]);
  });

  it('has a valid sample body for every operation that takes one', () => {
    const needSamples = operations.filter((op) => op.body).map(key);
    expect(needSamples.filter((k) => bodies[k] === undefined)).toEqual([]);
  });

  describe.each(attacked.map((op) => [key(op), op] as const))('%s', (_key, op) => {
    // One snapshot per operation, not per case: taking it costs eight requests.
    let before: unknown;
    beforeAll(async () => {
      before = await snapshot();
    });

    it.each(cases.filter((c) => c.op === op).map((c) => [c.title, c] as const))('%s', async (_title, c) => {
      const res = await send(c);
      const seen = `${res.status} ${JSON.stringify(res.body)?.slice(0, 300)}`;
      expect(res.status >= 400 && res.status < 500 ? 'a client error' : seen).toBe('a client error');
      expect(ErrorBody.safeParse(res.body).success ? 'an ErrorBody' : seen).toBe('an ErrorBody');
      if (c.status) expect(seen).toMatch(new RegExp(`^${c.status} `));
      if (c.fieldsUnder) {
        const fields = Object.keys(res.body.error.fields ?? {});
        expect(fields.length).toBeGreaterThan(0);
        expect(fields.filter((f) => f !== c.fieldsUnder && !f.startsWith(`${c.fieldsUnder}.`))).toEqual([]);
      }
    });

    if (op.method !== 'GET') {
      it('changed nothing: network, members, invitations, profile, sessions and networks are as before', async () => {
        expect(await snapshot()).toEqual(before);
      });
    }
  });

  describe('afterwards', () => {
    it('created no account from any hostile registration', async () => {
      const login = await t.request('POST', '/api/auth/login', { body: { email: 'nieuw-robuust@example.nl', password: 'lang-genoeg-wachtwoord' } });
      expect(login.status).toBe(401);
    });
  });
});
