import type { Question, QuestionDetail } from '@broedplaats/contracts';
import { FakeClock, TestApp, type Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';

const QUESTION = { title: 'Hoe bereiken we eenzame ouderen in Almere-Haven?', situation: 'Wijkteams zien ze pas als het te laat is.', themeIds: ['eenzaamheid-sociaal-isolement'] };

describe.each(testDatabases())('the shared agenda on %s', (_kind, db: TestDatabase) => {
  let t: TestApp;
  const clock = new FakeClock(Date.now());
  beforeAll(async () => {
    t = await TestApp.start(db, {}, { clock });
  });
  afterAll(() => t.close());

  const q = (networkId: string, rest = '') => `/api/networks/${networkId}/questions${rest}`;
  const as = (who: Account | null) => (who ? { cookie: who.cookie } : {});
  const propose = async (who: Account, networkId: string, body: object = QUESTION): Promise<Question> => {
    clock.advance(1000); // one after the other, as people do
    const res = await t.request('POST', q(networkId), { ...as(who), body });
    expect(res.status).toBe(201);
    return res.body;
  };
  const list = async (who: Account, networkId: string, query = '') => {
    const res = await t.request('GET', q(networkId, query), as(who));
    expect(res.status).toBe(200);
    return res.body as { items: Question[]; total: number };
  };
  const status = (who: Account, networkId: string, id: string, from: string, to: string, reason = '') =>
    clock.advance(1000) ?? t.request('POST', q(networkId, `/${id}/status`), { ...as(who), body: { from, to, reason } });
  async function scene(extra: { visibility?: 'public' | 'members'; archived?: boolean } = {}) {
    const f = t.fixtures;
    const [fac, fac2, mira, kees, outsider, admin] = await Promise.all([f.person('Fenna'), f.person('Farid'), f.person('Mira'), f.person('Kees'), f.person('Otto'), f.person('Anna', { isPlatformAdmin: true })]);
    const networkId = await f.network({ facilitators: [fac, fac2], members: [mira, kees] }, extra);
    return { fac, fac2, mira, kees, outsider, admin, networkId };
  }

  it('lets a member propose a question, lists it with its history, and keeps out everyone else', async () => {
    const { fac, mira, outsider, admin, networkId } = await scene({ visibility: 'public' });
    const question = await propose(mira, networkId, { ...QUESTION, origin: 'commissioned', commissionedBy: 'Gemeente Almere', residentPerspective: 'Ouderen die alleen wonen' });
    expect(question).toMatchObject({ status: 'proposed', proposer: { id: mira.id, displayName: 'Mira' }, supportCount: 0, supportedByMe: false, origin: 'commissioned', public: false });
    expect((await list(fac, networkId)).items.map((i) => i.id)).toEqual([question.id]);
    const detail = await t.request('GET', q(networkId, `/${question.id}`), as(fac));
    expect(detail.body.history).toEqual([expect.objectContaining({ from: null, to: 'proposed', by: { id: mira.id, displayName: 'Mira' } })]);
    // Even in a public network the agenda is members' content, and an on-duty admin reads none of it.
    expect((await t.request('GET', q(networkId), as(outsider))).status).toBe(403);
    expect((await t.request('GET', q(networkId), as(admin))).status).toBe(403);
    expect((await t.request('GET', q(networkId), as(null))).status).toBe(401);
    expect((await t.request('POST', q(networkId), { ...as(outsider), body: QUESTION })).status).toBe(403);
    const closed = await t.fixtures.network({ facilitators: [fac] });
    expect((await t.request('GET', q(closed), as(outsider))).status).toBe(404);
    expect((await t.request('GET', q(networkId, `/${question.id}`), as(outsider))).status).toBe(403);
    expect((await t.request('GET', q(closed, `/${question.id}`), as(fac))).status).toBe(404);
  });

  it('refuses bad input with fields and stores nothing', async () => {
    const { mira, networkId } = await scene();
    const bad = async (body: object, field: string) => {
      const res = await t.request('POST', q(networkId), { ...as(mira), body });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields)).toContain(field);
    };
    await bad({ ...QUESTION, title: 'x'.repeat(161) }, 'title');
    await bad({ ...QUESTION, situation: 'x'.repeat(5001) }, 'situation');
    await bad({ ...QUESTION, situation: '   ' }, 'situation');
    await bad({ ...QUESTION, origin: 'commissioned' }, 'commissionedBy');
    await bad({ ...QUESTION, themeIds: ['geen-thema'] }, 'themeIds.0');
    expect((await list(mira, networkId)).total).toBe(0);
  });

  it('moves through the status table; set aside needs a reason; only the proposer withdraws; the history keeps it all', async () => {
    const { fac, mira, kees, networkId } = await scene();
    const { id } = await propose(mira, networkId);
    expect((await status(kees, networkId, id, 'proposed', 'on-agenda')).status).toBe(403);
    expect((await status(fac, networkId, id, 'proposed', 'answered')).status).toBe(409);
    expect((await status(fac, networkId, id, 'proposed', 'answered')).body.error.code).toBe('invalid_transition');
    const noReason = await status(fac, networkId, id, 'proposed', 'set-aside');
    expect([noReason.status, Object.keys(noReason.body.error.fields)]).toEqual([400, ['reason']]);
    expect((await status(fac, networkId, id, 'proposed', 'set-aside', 'Past niet bij ons domein')).status).toBe(200);
    expect((await status(fac, networkId, id, 'set-aside', 'proposed')).status).toBe(200);
    expect((await status(fac, networkId, id, 'proposed', 'withdrawn')).status).toBe(403);
    const withdrawn = await status(mira, networkId, id, 'proposed', 'withdrawn');
    expect(withdrawn.status).toBe(200);
    const history = (withdrawn.body as QuestionDetail).history.map((h) => [h.from, h.to, h.reason, h.by?.displayName]);
    expect(history).toEqual([
      [null, 'proposed', '', 'Mira'],
      ['proposed', 'set-aside', 'Past niet bij ons domein', 'Fenna'],
      ['set-aside', 'proposed', '', 'Fenna'],
      ['proposed', 'withdrawn', '', 'Mira'],
    ]);
    // Withdrawn: hidden by default, there when asked for, never deleted.
    expect((await list(fac, networkId)).total).toBe(0);
    expect((await list(fac, networkId, '?includeWithdrawn=true')).total).toBe(1);
    expect((await list(fac, networkId, '?status=withdrawn')).total).toBe(1);
  });

  it('lets one of two facilitators changing the same status at once win; the other hears 409', async () => {
    const { fac, fac2, mira, networkId } = await scene();
    const { id } = await propose(mira, networkId);
    const answers = await Promise.all([status(fac, networkId, id, 'proposed', 'on-agenda'), status(fac2, networkId, id, 'proposed', 'set-aside', 'Dubbel')]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)!.body.error.code).toBe('status_changed');
    const detail = await t.request('GET', q(networkId, `/${id}`), as(fac));
    expect(detail.body.history).toHaveLength(2);
  });

  it('counts one support per person, a double click included, and withdraws it', async () => {
    const { fac, mira, kees, networkId } = await scene();
    const { id } = await propose(mira, networkId);
    const clicks = await Promise.all([1, 2, 3].map(() => t.request('PUT', q(networkId, `/${id}/support`), as(kees))));
    expect(clicks.map((c) => c.status)).toEqual([200, 200, 200]);
    expect((await t.request('PUT', q(networkId, `/${id}/support`), as(fac))).body).toEqual({ questionId: id, supportCount: 2, supportedByMe: true });
    expect((await list(mira, networkId)).items[0]).toMatchObject({ supportCount: 2, supportedByMe: false });
    expect((await t.request('DELETE', q(networkId, `/${id}/support`), as(kees))).body).toMatchObject({ supportCount: 1, supportedByMe: false });
    expect((await t.request('DELETE', q(networkId, `/${id}/support`), as(kees))).body).toMatchObject({ supportCount: 1 });
  });

  it('sorts and filters, a page at a time', async () => {
    const { fac, mira, kees, networkId } = await scene();
    const a = await propose(mira, networkId, { ...QUESTION, title: 'Vraag A over armoede', themeIds: ['armoede-en-participatie'] });
    const b = await propose(kees, networkId, { ...QUESTION, title: 'Vraag B in opdracht', origin: 'commissioned', commissionedBy: 'GGD' });
    const c = await propose(mira, networkId, { ...QUESTION, title: 'Vraag C' });
    await t.request('PUT', q(networkId, `/${a.id}/support`), as(kees));
    await t.request('PUT', q(networkId, `/${a.id}/support`), as(fac));
    await t.request('PUT', q(networkId, `/${b.id}/support`), as(fac));
    await status(fac, networkId, c.id, 'proposed', 'on-agenda');
    const titles = async (query: string) => (await list(fac, networkId, query)).items.map((i) => i.title.slice(0, 7));
    expect(await titles('?sort=support')).toEqual(['Vraag A', 'Vraag B', 'Vraag C']);
    expect(await titles('?sort=recent')).toEqual(['Vraag C', 'Vraag B', 'Vraag A']);
    expect(await titles('?sort=status')).toEqual(['Vraag C', 'Vraag B', 'Vraag A']);
    expect(await titles('?theme=armoede-en-participatie')).toEqual(['Vraag A']);
    expect(await titles('?origin=commissioned')).toEqual(['Vraag B']);
    expect(await titles('?status=on-agenda')).toEqual(['Vraag C']);
    const page2 = await list(fac, networkId, '?sort=support&page=2&pageSize=2');
    expect([page2.total, page2.items.map((i) => i.id)]).toEqual([3, [c.id]]);
    expect((await t.request('GET', q(networkId, '?sort=loudest'), as(fac))).status).toBe(400);
  });

  it('runs a dot-voting round: budget kept under parallel clicks, one open round, a frozen ranking', async () => {
    const { fac, fac2, mira, kees, networkId } = await scene();
    const [a, b] = [await propose(mira, networkId), await propose(kees, networkId)];
    const proposedOnly = await propose(kees, networkId);
    for (const { id } of [a, b]) await status(fac, networkId, id, 'proposed', 'on-agenda');
    const rounds = `/api/networks/${networkId}/rounds`;
    expect((await t.request('POST', rounds, { ...as(mira), body: { budget: 3 } })).status).toBe(403);
    const opened = await Promise.all([fac, fac2].map((who) => t.request('POST', rounds, { ...as(who), body: { budget: 3 } })));
    expect(opened.map((o) => o.status).sort()).toEqual([201, 409]);
    const roundId = opened.find((o) => o.status === 201)!.body.round.id;
    const dots = (who: Account, questionId: string, n: number) => t.request('PUT', `${rounds}/${roundId}/dots/${questionId}`, { ...as(who), body: { dots: n } });
    expect((await dots(mira, proposedOnly.id, 1)).body.error.code).toBe('round_conflict');
    // Two tabs spend 2 dots each at once: only one fits in a budget of 3.
    const both = await Promise.all([dots(mira, a.id, 2), dots(mira, b.id, 2)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await t.request('GET', `${rounds}/current`, as(mira))).body.dotsLeft).toBe(1); // 3 − 2
    expect((await dots(mira, b.id, 0)).status).toBe(200); // whichever won, b is empty now
    expect((await dots(mira, a.id, 3)).status).toBe(200); // and all three go onto a
    expect((await dots(mira, b.id, 1)).body.error.code).toBe('budget_exceeded');
    expect((await dots(kees, b.id, 2)).status).toBe(200);
    expect((await dots(fac, b.id, 2)).status).toBe(200);
    const closed = await t.request('POST', `${rounds}/${roundId}/close`, as(fac2));
    expect(closed.status).toBe(200);
    expect(closed.body.round.ranking.map((r: { questionId: string; dots: number; rank: number }) => [r.questionId, r.dots, r.rank])).toEqual([
      [b.id, 4, 1], // kees 2 + fenna 2
      [a.id, 3, 2], // mira 3
    ]);
    expect((await dots(kees, a.id, 1)).body.error.code).toBe('round_conflict');
    expect((await list(fac, networkId, '?sort=round')).items.map((i) => [i.id, i.roundDots])).toEqual([[b.id, 4], [a.id, 3], [proposedOnly.id, null]]);
    expect((await t.request('POST', rounds, { ...as(fac), body: { budget: 5 } })).status).toBe(201);
  });

  it('threads comments with mentions, edits within 15 minutes, removes with a marker', async () => {
    const { fac, mira, kees, outsider, networkId } = await scene();
    const { id } = await propose(mira, networkId);
    const comments = q(networkId, `/${id}/comments`);
    const first = await t.request('POST', comments, { ...as(kees), body: { text: 'Herkenbaar, @Mira', mentionedUserIds: [mira.id] } });
    expect(first.status).toBe(201);
    expect(first.body.mentions).toEqual([{ id: mira.id, displayName: 'Mira' }]);
    clock.advance(1000);
    const reply = await t.request('POST', comments, { ...as(mira), body: { text: 'Dank!', parentId: first.body.id } });
    clock.advance(1000);
    const replyToReply = await t.request('POST', comments, { ...as(fac), body: { text: 'Ook eens', parentId: reply.body.id } });
    expect(replyToReply.body.parentId).toBe(first.body.id); // one level deep
    const stranger = await t.request('POST', comments, { ...as(kees), body: { text: 'Hoi', mentionedUserIds: [outsider.id] } });
    expect([stranger.status, Object.keys(stranger.body.error.fields)]).toEqual([400, ['mentionedUserIds.0']]);
    expect((await t.request('POST', comments, { ...as(outsider), body: { text: 'Hoi' } })).status).toBe(404); // a members-only network

    const edit = (who: Account, text: string) => t.request('PATCH', `${comments}/${first.body.id}`, { ...as(who), body: { text } });
    expect((await edit(fac, 'Niet van mij')).status).toBe(403);
    expect((await edit(kees, 'Herkenbaar!')).body).toMatchObject({ text: 'Herkenbaar!', mentions: [] });
    clock.advance(16 * 60 * 1000);
    expect((await edit(kees, 'Te laat')).body.error.code).toBe('edit_window_closed');
    expect((await t.request('DELETE', `${comments}/${reply.body.id}`, as(kees))).status).toBe(403);
    expect((await t.request('DELETE', `${comments}/${reply.body.id}`, as(fac))).status).toBe(204);
    const all = (await t.request('GET', comments, as(mira))).body;
    expect(all.map((c: { text: string; deleted: boolean }) => [c.text, c.deleted])).toEqual([['Herkenbaar!', false], ['', true], ['Ook eens', false]]);
    expect((await list(mira, networkId)).items[0].commentCount).toBe(2);
  });

  it('lets one member take a question on, the right people attach an outcome, and hands it back when the taker leaves', async () => {
    const { fac, mira, kees, networkId } = await scene();
    const student = await t.fixtures.person('Sanne');
    await t.fixtures.member(networkId, student, 'member', 'student');
    const { id } = await propose(mira, networkId);
    const take = (who: Account) => t.request('PUT', q(networkId, `/${id}/assignment`), { ...as(who), body: { dueDate: '2027-02-01' } });
    const [x, y] = await Promise.all([take(student), take(kees)]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    const takerId = x.status === 200 ? student.id : kees.id;
    const outsiderOfIt = takerId === student.id ? kees : student;
    expect((await t.request('PUT', q(networkId, `/${id}/outcome`), { ...as(outsiderOfIt), body: { text: 'Klaar' } })).status).toBe(403);
    const outcome = await t.request('PUT', q(networkId, `/${id}/outcome`), { ...as(mira), body: { url: 'https://example.nl/rapport.pdf' } });
    expect(outcome.body.outcome).toMatchObject({ url: 'https://example.nl/rapport.pdf', by: { id: mira.id } });
    expect((await t.request('PUT', q(networkId, `/${id}/outcome`), { ...as(mira), body: { url: 'javascript:alert(1)' } })).status).toBe(400);

    expect((await t.request('DELETE', `/api/networks/${networkId}/members/${takerId}`, as(fac))).status).toBe(204);
    const after = await t.request('GET', q(networkId, `/${id}`), as(fac));
    expect(after.body.assignment).toBeNull();
    const activity = await t.request('GET', `/api/networks/${networkId}/activity`, as(fac));
    expect(activity.body.items.map((i: { kind: string }) => i.kind)).toContain('question.returned');
    const memberSees = await t.request('GET', `/api/networks/${networkId}/activity`, as(mira));
    expect(memberSees.body.items.map((i: { kind: string }) => i.kind)).not.toContain('question.returned');
  });

  it('keeps what a person wrote attributed after they leave, and shows my questions across networks', async () => {
    const { fac, mira, networkId } = await scene();
    const other = await t.fixtures.network({ facilitators: [fac], members: [mira] });
    const mine = await propose(mira, networkId);
    await propose(mira, other, { ...QUESTION, title: 'Een tweede vraag van Mira' });
    expect((await t.request('GET', '/api/me/questions', as(mira))).body.map((m: { title: string }) => m.title).sort()).toEqual([QUESTION.title, 'Een tweede vraag van Mira'].sort());
    expect((await t.request('DELETE', `/api/networks/${networkId}/members/${mira.id}`, as(mira))).status).toBe(204);
    expect((await list(fac, networkId)).items[0]).toMatchObject({ id: mine.id, proposer: { id: mira.id, displayName: 'Mira' } });
    expect((await t.request('GET', q(networkId), as(mira))).status).toBe(404);
    expect((await t.request('GET', '/api/me/questions', as(mira))).body).toHaveLength(1);
  });

  it('shows public questions to visitors without the proposer unless they agreed; comments never', async () => {
    const { fac, mira, kees, networkId } = await scene({ visibility: 'public' });
    const shy = await propose(mira, networkId);
    const named = await propose(kees, networkId, { ...QUESTION, title: 'Kees mag genoemd worden', showProposer: true });
    const hidden = await propose(kees, networkId, { ...QUESTION, title: 'Niet openbaar' });
    expect((await t.request('PATCH', q(networkId, `/${shy.id}`), { ...as(mira), body: { public: true } })).status).toBe(403);
    expect((await t.request('PATCH', q(networkId, `/${shy.id}`), { ...as(fac), body: { showProposer: true } })).status).toBe(403);
    for (const { id } of [shy, named]) expect((await t.request('PATCH', q(networkId, `/${id}`), { ...as(fac), body: { public: true } })).status).toBe(200);
    const seen = await t.request('GET', `/api/public/networks/${networkId}/questions`);
    expect(seen.status).toBe(200);
    const byTitle = Object.fromEntries(seen.body.map((p: { title: string; proposer: unknown }) => [p.title, p.proposer]));
    expect(byTitle).toEqual({ [QUESTION.title]: null, 'Kees mag genoemd worden': { id: kees.id, displayName: 'Kees' } });
    expect(JSON.stringify(seen.body)).not.toContain(hidden.id);
    expect(JSON.stringify(seen.body)).not.toContain('comment');
    const closed = await t.fixtures.network({ facilitators: [fac] });
    expect((await t.request('GET', `/api/public/networks/${closed}/questions`)).status).toBe(404);
  });

  it('makes an archived network’s agenda read-only', async () => {
    const { fac, mira, networkId } = await scene();
    const { id } = await propose(mira, networkId);
    expect((await t.request('POST', `/api/networks/${networkId}/archive`, as(fac))).status).toBe(200);
    const refused = [
      await t.request('POST', q(networkId), { ...as(mira), body: QUESTION }),
      await t.request('PUT', q(networkId, `/${id}/support`), as(mira)),
      await status(fac, networkId, id, 'proposed', 'on-agenda'),
      await t.request('POST', q(networkId, `/${id}/comments`), { ...as(mira), body: { text: 'Hoi' } }),
      await t.request('POST', `/api/networks/${networkId}/rounds`, { ...as(fac), body: { budget: 3 } }),
    ];
    expect(refused.map((r) => [r.status, r.body.error.code])).toEqual(Array(5).fill([409, 'network_archived']));
    expect((await list(mira, networkId)).total).toBe(1);
  });
});
