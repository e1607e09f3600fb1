import { TestApp } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';
import { linkIn, TestSmtp } from './support/smtp';

describe.each(testDatabases())('invitations by e-mail on %s', (_kind, db: TestDatabase) => {
  let smtp: TestSmtp;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await TestSmtp.start();
    t = await TestApp.start(db, { SMTP_URL: smtp.url, PUBLIC_URL: 'https://broedplaats.test' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const send = (cookie: string, networkId: string, body: unknown) => t.request('POST', `/api/networks/${networkId}/invitations/email`, { cookie, body });

  it('mails each address its own single-use link in Dutch, with the network, who invites and the message', async () => {
    const fenna = await t.fixtures.person('Fenna');
    const networkId = await t.fixtures.network({ facilitators: [fenna] }, { name: 'Leernetwerk Almere' });
    const res = await send(fenna.cookie, networkId, {
      invitees: [{ email: 'bea@example.nl', category: 'citizen' }, { email: 'Sem@Example.nl', category: 'student' }],
      message: 'Fijn als je meedoet!',
    });
    expect(res.status).toBe(201);
    expect(res.body.invitations).toHaveLength(2);
    expect(res.body.invitations.map((i: { category: string; reusable: boolean; role: string }) => [i.category, i.reusable, i.role])).toEqual([
      ['citizen', false, 'member'],
      ['student', false, 'member'],
    ]);

    const mails = [await smtp.next(), await smtp.next()].sort((a, b) => (a.to as { text: string }).text.localeCompare((b.to as { text: string }).text));
    expect(mails.map((m) => (m.to as { text: string }).text)).toEqual(['bea@example.nl', 'sem@example.nl']);
    const bea = mails[0];
    expect(bea.subject).toBe('Fenna nodigt je uit voor Leernetwerk Almere');
    expect(bea.text).toContain('Fijn als je meedoet!');
    expect(bea.text).toContain('Wat is Broedplaats?');
    const token = linkIn(bea.text, '/join/');
    expect(token).toBe(res.body.invitations[0].token);

    // Bea registers with another address and joins; the link then stops working.
    const joined = await t.signUp('Bea', { invitationToken: token, email: 'bea.visser@example.nl' });
    expect(joined.joinedNetworkId).toBe(networkId);
    const again = await t.request('GET', `/api/invitations/${token}`);
    expect(again.body.error.code).toBe('invitation_invalid');
  });

  it('refuses members who are not facilitators (403) and mails nobody', async () => {
    const [fenna, mira] = [await t.fixtures.person('Fenna'), await t.fixtures.person('Mira')];
    const networkId = await t.fixtures.network({ facilitators: [fenna], members: [mira] });
    const res = await send(mira.cookie, networkId, { invitees: [{ email: 'x@example.nl', category: 'citizen' }] });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    const list = await t.request('GET', `/api/networks/${networkId}/invitations`, { cookie: fenna.cookie });
    expect(list.body).toEqual([]);
    expect(smtp.unread).toBe(0);
  });

  it.each([
    ['a bad address', { invitees: [{ email: 'geen-adres', category: 'citizen' }] }, 'invitees.0.email'],
    ['no addresses', { invitees: [] }, 'invitees'],
    ['51 addresses', { invitees: Array.from({ length: 51 }, (_, i) => ({ email: `p${i}@example.nl`, category: 'citizen' })) }, 'invitees'],
    ['one address twice', { invitees: [{ email: 'a@example.nl', category: 'citizen' }, { email: 'A@example.nl', category: 'student' }] }, 'invitees'],
  ])('rejects %s with field errors and invites nobody', async (_name, body, field) => {
    const fenna = await t.fixtures.person('Fenna');
    const networkId = await t.fixtures.network({ facilitators: [fenna] });
    const res = await send(fenna.cookie, networkId, body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toContain(field);
    expect((await t.request('GET', `/api/networks/${networkId}/invitations`, { cookie: fenna.cookie })).body).toEqual([]);
  });

  it('refuses an archived network with network_archived', async () => {
    const fenna = await t.fixtures.person('Fenna');
    const networkId = await t.fixtures.network({ facilitators: [fenna] }, { archived: true });
    const res = await send(fenna.cookie, networkId, { invitees: [{ email: 'x@example.nl', category: 'citizen' }] });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('network_archived');
  });

  it('needs a session (401)', async () => {
    const fenna = await t.fixtures.person('Fenna');
    const networkId = await t.fixtures.network({ facilitators: [fenna] });
    const res = await t.request('POST', `/api/networks/${networkId}/invitations/email`, { body: { invitees: [{ email: 'x@example.nl', category: 'citizen' }] } });
    expect(res.status).toBe(401);
  });
});

describe.each(testDatabases().slice(0, 1))('invitations by e-mail limits on %s', (_kind, db: TestDatabase) => {
  it('limits sending per IP address (RATE_LIMIT_MAIL), shared with reset requests', async () => {
    const t = await TestApp.start(db, { RATE_LIMIT_MAIL: '2' });
    try {
      const fenna = await t.fixtures.person('Fenna');
      const networkId = await t.fixtures.network({ facilitators: [fenna] });
      const send = () =>
        t.request('POST', `/api/networks/${networkId}/invitations/email`, { cookie: fenna.cookie, ip: '10.0.0.9', body: { invitees: [{ email: 'x@example.nl', category: 'citizen' }] } });
      expect((await send()).status).toBe(201);
      expect((await t.request('POST', '/api/auth/password-reset', { body: { email: 'iemand@example.nl' }, ip: '10.0.0.9' })).status).toBe(202);
      const third = await send();
      expect(third.status).toBe(429);
      expect(third.body.error.code).toBe('rate_limited');
    } finally {
      await t.close();
    }
  });
});
