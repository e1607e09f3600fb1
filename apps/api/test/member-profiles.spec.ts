import type { Member } from '@broedplaats/contracts';
import { eq } from 'drizzle-orm';
import { users } from '../src/auth/auth.tables';
import { FIXTURE_PASSWORD } from './support/fixtures';
import type { Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';
import { useLiveApp } from './support/live';

/** Organisation and bio: set on one's own profile, read by fellow members on the Leden tab, live. */
describe.each(testDatabases())('member profiles on %s', (_kind, db: TestDatabase) => {
  const live = useLiveApp(db);

  async function scene() {
    const f = live.t.fixtures;
    const [fac, mira, sam, otto] = await Promise.all([f.person('Fenna'), f.person('Mira'), f.person('Sam'), f.person('Otto')]);
    const networkId = await f.network({ facilitators: [fac], members: [mira, sam] }, { visibility: 'public' });
    const otherId = await f.network({ facilitators: [fac], members: [sam] });
    return { fac, mira, sam, otto, networkId, otherId };
  }
  const me = async (who: Account) => (await live.t.request('GET', '/api/auth/me', { cookie: who.cookie })).body;
  const edit = (who: Account, body: unknown) => live.t.request('PATCH', '/api/auth/me', { cookie: who.cookie, body });
  const list = async (who: Account, networkId: string): Promise<Member[]> => {
    const res = await live.t.request('GET', `/api/networks/${networkId}/members`, { cookie: who.cookie });
    expect(res.status).toBe(200);
    return res.body;
  };

  it('saves organisation and bio trimmed, with the bio’s line breaks kept, and shows them in Me', async () => {
    const { sam } = await scene();
    expect(await me(sam)).toMatchObject({ organisation: '', bio: '' });
    const res = await edit(sam, { organisation: '  Gemeente \n  Almere ', bio: '  Wijkwerker.\r\n\r\nIk leer graag.  ' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ displayName: 'Sam', organisation: 'Gemeente Almere', bio: 'Wijkwerker.\n\nIk leer graag.' });
    expect(await me(sam)).toMatchObject({ organisation: 'Gemeente Almere', bio: 'Wijkwerker.\n\nIk leer graag.' });
    // Emptying is allowed: the card then shows nothing for it.
    expect((await edit(sam, { organisation: '   ' })).body.organisation).toBe('');
  });

  it('refuses too long texts with a field error each, and changes nothing', async () => {
    const { sam } = await scene();
    await edit(sam, { organisation: 'Wijkteam Noord', bio: 'Kort.' });
    const res = await edit(sam, { displayName: 'Samuel', organisation: 'x'.repeat(121), bio: 'y'.repeat(501) });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['bio', 'organisation']);
    expect((await edit(sam, { bio: 7 })).body.error.fields).toHaveProperty('bio');
    expect(await me(sam)).toMatchObject({ displayName: 'Sam', organisation: 'Wijkteam Noord', bio: 'Kort.' });
    // Exactly at the limits is fine (the limit counts after trimming).
    const limits = await edit(sam, { organisation: ` ${'x'.repeat(120)} `, bio: `${'y'.repeat(500)}\n` });
    expect(limits.status).toBe(200);
  });

  it('lists organisation and bio to every member; engagement still only to facilitators and oneself', async () => {
    const { fac, mira, sam, networkId } = await scene();
    await edit(sam, { organisation: 'Hogeschool Utrecht', bio: 'Student Social Work.' });
    const asMira = (await list(mira, networkId)).find((m) => m.userId === sam.id);
    expect(asMira).toEqual({
      userId: sam.id, displayName: 'Sam', organisation: 'Hogeschool Utrecht', bio: 'Student Social Work.', role: 'member', category: 'professional', joinedAt: expect.any(String),
    });
    const asFenna = (await list(fac, networkId)).find((m) => m.userId === sam.id);
    expect(asFenna).toMatchObject({ organisation: 'Hogeschool Utrecht', bio: 'Student Social Work.', engagement: 3 });
    expect((await list(mira, networkId)).find((m) => m.userId === fac.id)).toMatchObject({ organisation: '', bio: '' });
  });

  it('never shows people to outsiders or visitors of a public network', async () => {
    const { otto, networkId } = await scene();
    expect((await live.t.request('GET', `/api/networks/${networkId}/members`, { cookie: otto.cookie })).status).toBe(403);
    const profile = await live.t.request('GET', `/api/public/networks/${networkId}`);
    expect(profile.status).toBe(200);
    expect(JSON.stringify(profile.body)).not.toMatch(/Fenna|Mira|Sam|organisation|bio/);
  });

  it('sends the new card to the members of each of the person’s networks, and to nobody else', async () => {
    const { fac, mira, sam, otto, networkId, otherId } = await scene();
    const [facIn, miraIn, samIn, ottoIn] = await Promise.all([live.open(fac), live.open(mira), live.open(sam), live.open(otto)]);
    expect((await edit(sam, { organisation: 'Wijkteam Zuid', bio: 'Nieuw hier.' })).status).toBe(200);

    const about = (networkId: string) => (p: { networkId: string; member: Member }) => p.networkId === networkId && p.member.userId === sam.id;
    const seenByFenna = await facIn.next('member.updated', about(networkId));
    expect(seenByFenna.member).toMatchObject({ organisation: 'Wijkteam Zuid', bio: 'Nieuw hier.', engagement: 3 });
    await facIn.next('member.updated', about(otherId));
    const seenByMira = await miraIn.next('member.updated', about(networkId));
    expect(seenByMira.member).toMatchObject({ displayName: 'Sam', organisation: 'Wijkteam Zuid', bio: 'Nieuw hier.' });
    expect(seenByMira.member).not.toHaveProperty('engagement');
    expect((await samIn.next('member.updated', about(otherId))).member.engagement).toBe(3);

    await Promise.all([miraIn.settle(), ottoIn.settle()]);
    // Mira is not in the other network; Otto is in none.
    expect(miraIn.all('member.updated').filter((p) => p.networkId === otherId)).toEqual([]);
    expect(ottoIn.all('member.updated')).toEqual([]);
  });

  it('stays quiet when nothing members see has changed (only the language)', async () => {
    const { mira, sam } = await scene();
    const miraIn = await live.open(mira);
    expect((await edit(sam, { language: 'en' })).status).toBe(200);
    // A later change is the barrier: had the first one been announced, it would have arrived before.
    await edit(sam, { bio: 'Hallo.' });
    await miraIn.next('member.updated', (p) => p.member.bio === 'Hallo.');
    expect(miraIn.all('member.updated')).toHaveLength(1);
  });

  it('forgets organisation and bio when the person deletes their account', async () => {
    const { sam } = await scene();
    await edit(sam, { organisation: 'Wijkteam Oost', bio: 'Tot ziens.' });
    expect((await live.t.request('POST', '/api/auth/me/delete', { cookie: sam.cookie, body: { password: FIXTURE_PASSWORD } })).status).toBe(204);
    const [row] = await live.t.database!.db.select({ organisation: users.organisation, bio: users.bio }).from(users).where(eq(users.id, sam.id));
    expect(row).toEqual({ organisation: '', bio: '' });
  });
});
