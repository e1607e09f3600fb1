import { TestApp, sessionCookie, type Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';

const password = 'lang-genoeg-wachtwoord';

describe.each(testDatabases())('invitations on %s', (_kind, db: TestDatabase) => {
  let t: TestApp;
  let fenna: Account;
  let member: Account;
  let outsider: Account;
  let networkId: string;
  beforeAll(async () => {
    t = await TestApp.start(db);
    [fenna, member, outsider] = await Promise.all([t.signUp('Fenna'), t.signUp('Mira'), t.signUp('Otto')]);
    networkId = (await t.createNetwork(fenna, { name: 'Wijkleernetwerk Zwolle', province: 'Overijssel' })).id;
    await t.join(member, await t.invite(fenna, networkId));
  });
  afterAll(() => t.close());

  const url = `/api/networks/`;
  const create = (who: Account, body: unknown) => t.request('POST', `${url}${networkId}/invitations`, { cookie: who.cookie, body });
  const list = (who: Account) => t.request('GET', `${url}${networkId}/invitations`, { cookie: who.cookie });

  it('lets a facilitator make a link with defaults, and lists it', async () => {
    const res = await create(fenna, { category: 'citizen' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ networkId, role: 'member', category: 'citizen', reusable: false, useCount: 0, state: 'open', createdByName: 'Fenna', revokedAt: null });
    expect(res.body.token.length).toBeGreaterThanOrEqual(20);
    const days = (Date.parse(res.body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9); // default 14 days
    expect(days).toBeLessThanOrEqual(14);
    expect((await list(fenna)).body.map((i: { id: string }) => i.id)).toContain(res.body.id);
  });

  it('rejects invalid invitations with field errors and stores nothing', async () => {
    const before = (await list(fenna)).body.length;
    const res = await create(fenna, { category: 'alien', expiresInDays: 91 });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['category', 'expiresInDays']);
    expect((await list(fenna)).body).toHaveLength(before);
  });

  it('keeps invitations (and their tokens) from plain members and outsiders', async () => {
    expect((await create(member, { category: 'student' })).status).toBe(403);
    expect((await list(member)).status).toBe(403);
    expect((await list(outsider)).status).toBe(404);
    expect((await create(outsider, { category: 'student' })).status).toBe(404);
  });

  it('previews a link publicly, without revealing anything inside the network', async () => {
    const token = await t.invite(fenna, networkId, { category: 'student', role: 'member' });
    const res = await t.request('GET', `/api/invitations/${token}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      networkId,
      networkName: 'Wijkleernetwerk Zwolle',
      province: 'Overijssel',
      role: 'member',
      category: 'student',
      expiresAt: expect.any(String),
      invitedByName: 'Fenna',
      alreadyMember: false,
    });
    expect((await t.request('GET', '/api/invitations/bestaat-helemaal-niet')).status).toBe(404);
    const short = await t.request('GET', '/api/invitations/kort');
    expect(short.status).toBe(400);
    expect(short.body.error.fields).toHaveProperty('token');
  });

  it('tells a signed-in member, and only a member, that they are in the network already', async () => {
    const token = await t.invite(fenna, networkId, { category: 'citizen' });
    const preview = (who?: Account) => t.request('GET', `/api/invitations/${token}`, { cookie: who?.cookie });
    expect((await preview(member)).body).toMatchObject({ networkId, alreadyMember: true });
    expect((await preview(fenna)).body).toMatchObject({ networkId, alreadyMember: true });
    expect((await preview(outsider)).body).toMatchObject({ networkId, alreadyMember: false });
    expect((await preview()).body).toMatchObject({ networkId, alreadyMember: false });
    // Looking does not spend the one-off link.
    expect((await list(fenna)).body.find((i: { token: string }) => i.token === token)).toMatchObject({ useCount: 0, state: 'open' });

    // Once used, the link still tells the one who used it that they are in; anyone else hears it is spent.
    const olga = await t.signUp('Olga');
    expect((await t.request('POST', `/api/invitations/${token}/accept`, { cookie: olga.cookie })).status).toBe(200);
    expect((await preview(olga)).body).toMatchObject({ networkId, alreadyMember: true });
    expect((await preview(outsider)).status).toBe(410);
    expect((await preview()).status).toBe(410);
  });

  it('accepts a one-off link once: the joiner gets its role and category', async () => {
    const token = await t.invite(fenna, networkId, { category: 'researcher', role: 'facilitator' });
    const olga = await t.signUp('Olga');
    const res = await t.request('POST', `/api/invitations/${token}/accept`, { cookie: olga.cookie });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ networkId });
    const again = await t.request('POST', `/api/invitations/${token}/accept`, { cookie: outsider.cookie });
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('invitation_invalid');
    const members = (await t.request('GET', `${url}${networkId}/members`, { cookie: fenna.cookie })).body;
    expect(members.find((m: { userId: string }) => m.userId === olga.id)).toMatchObject({ role: 'facilitator', category: 'researcher' });
    expect(members.find((m: { userId: string }) => m.userId === outsider.id)).toBeUndefined();
    const listed = (await list(fenna)).body.find((i: { token: string }) => i.token === token);
    expect(listed).toMatchObject({ useCount: 1, state: 'used' });
  });

  it('needs a login to accept, and refuses someone already in (409)', async () => {
    const token = await t.invite(fenna, networkId, { category: 'other', reusable: true });
    expect((await t.request('POST', `/api/invitations/${token}/accept`)).status).toBe(401);
    const short = await t.request('POST', '/api/invitations/kort/accept', { cookie: outsider.cookie });
    expect(short.status).toBe(400);
    expect(short.body.error.fields).toHaveProperty('token');
    const res = await t.request('POST', `/api/invitations/${token}/accept`, { cookie: member.cookie });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('already_member');
  });

  it('lets a reusable link be used by several people until it is revoked', async () => {
    const created = (await create(fenna, { category: 'professional', reusable: true })).body;
    const [a, b, c] = await Promise.all([t.signUp('A-persoon'), t.signUp('B-persoon'), t.signUp('C-persoon')]);
    await t.join(a, created.token);
    await t.join(b, created.token);
    expect((await t.request('DELETE', `${url}${networkId}/invitations/${created.id}`, { cookie: member.cookie })).status).toBe(403);
    const revoked = await t.request('DELETE', `${url}${networkId}/invitations/${created.id}`, { cookie: fenna.cookie });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ state: 'revoked', useCount: 2 });
    expect((await t.request('POST', `/api/invitations/${created.token}/accept`, { cookie: c.cookie })).status).toBe(410);
    expect((await t.request('GET', `/api/invitations/${created.token}`)).status).toBe(410);
  });

  it('answers 404 for an invitation of another network and 400 for a malformed id', async () => {
    const other = await t.createNetwork(fenna);
    const token = await t.invite(fenna, other.id);
    const id = (await t.request('GET', `${url}${other.id}/invitations`, { cookie: fenna.cookie })).body.find((i: { token: string }) => i.token === token).id;
    expect((await t.request('DELETE', `${url}${networkId}/invitations/${id}`, { cookie: fenna.cookie })).status).toBe(404);
    const malformed = await t.request('DELETE', `${url}${networkId}/invitations/abc`, { cookie: fenna.cookie });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.fields).toHaveProperty('invitationId');
    const list = await t.request('GET', `${url}geen-uuid/invitations`, { cookie: fenna.cookie });
    expect(list.status).toBe(400);
    expect(list.body.error.fields).toHaveProperty('networkId');
  });

  it('registers and joins in one step', async () => {
    const token = await t.invite(fenna, networkId, { category: 'citizen' });
    const bea = await t.signUp('Bea', { invitationToken: token });
    expect(bea.joinedNetworkId).toBe(networkId);
    const network = await t.request('GET', `${url}${networkId}`, { cookie: bea.cookie });
    expect(network.body.myRole).toBe('member');
  });

  it('a registration with a dead link creates no account at all', async () => {
    const created = (await create(fenna, { category: 'citizen' })).body;
    await t.request('DELETE', `${url}${networkId}/invitations/${created.id}`, { cookie: fenna.cookie });
    const res = await t.request('POST', '/api/auth/register', {
      body: { email: 'te-laat@example.nl', password, displayName: 'Te Laat', invitationToken: created.token },
    });
    expect(res.status).toBe(410);
    expect(res.body.error.code).toBe('invitation_invalid');
    expect((await t.request('POST', '/api/auth/login', { body: { email: 'te-laat@example.nl', password } })).status).toBe(401);
  });

  it('logs in and joins in one step; an existing member just logs in', async () => {
    const sam = await t.signUp('Sam');
    const token = await t.invite(fenna, networkId, { category: 'student', reusable: true });
    const res = await t.request('POST', '/api/auth/login', { body: { email: sam.email, password, invitationToken: token } });
    expect(res.status).toBe(200);
    expect(res.body.joinedNetworkId).toBe(networkId);
    const again = await t.request('POST', '/api/auth/login', { body: { email: sam.email, password, invitationToken: token } });
    expect(again.status).toBe(200);
    expect(again.body.joinedNetworkId).toBe(networkId);
    const network = await t.request('GET', `${url}${networkId}`, { cookie: sessionCookie(again) });
    expect(network.body.myRole).toBe('member');
    const listed = (await list(fenna)).body.find((i: { token: string }) => i.token === token);
    expect(listed.useCount).toBe(1);
  });

  it('refuses new invitations and joins once the network is archived', async () => {
    const net = await t.createNetwork(fenna);
    const token = await t.invite(fenna, net.id);
    await t.request('POST', `${url}${net.id}/archive`, { cookie: fenna.cookie });
    expect((await t.request('POST', `${url}${net.id}/invitations`, { cookie: fenna.cookie, body: { category: 'other' } })).status).toBe(409);
    const accept = await t.request('POST', `/api/invitations/${token}/accept`, { cookie: outsider.cookie });
    expect(accept.status).toBe(409);
    expect(accept.body.error.code).toBe('network_archived');
  });
});
