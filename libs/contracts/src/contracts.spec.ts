import { NetworkBody, RegisterBody, UpdateNetworkBody, CreateInvitationBody, serverEvents } from './index';

describe('contracts', () => {
  it('normalises e-mail and applies the default language on register', () => {
    const body = RegisterBody.parse({ email: ' Anna@Example.NL ', password: 'lang-genoeg-1', displayName: 'Anna' });
    expect(body).toMatchObject({ email: 'anna@example.nl', language: 'nl' });
  });

  it.each([
    ['short password', { email: 'a@b.nl', password: 'kort', displayName: 'Anna' }, 'password'],
    ['bad e-mail', { email: 'geen-mail', password: 'lang-genoeg-1', displayName: 'Anna' }, 'email'],
    ['one-letter name', { email: 'a@b.nl', password: 'lang-genoeg-1', displayName: 'A' }, 'displayName'],
  ])('rejects a %s', (_label, input, field) => {
    const result = RegisterBody.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual([field]);
  });

  it('fills network defaults and refuses a duplicated focus', () => {
    const body = NetworkBody.parse({ name: 'Leernetwerk Almere', province: 'Flevoland', type: 'learning-network' });
    expect(body).toMatchObject({ status: 'active', visibility: 'members', focus: [], partners: [], startYear: null });
    const twice = NetworkBody.safeParse({ ...body, focus: ['research', 'research'] });
    expect(twice.success).toBe(false);
  });

  it('does not let people choose the import-only status unknown', () => {
    expect(UpdateNetworkBody.safeParse({ status: 'unknown' }).success).toBe(false);
    expect(UpdateNetworkBody.safeParse({}).success).toBe(false);
  });

  it('caps invitation expiry at 90 days', () => {
    expect(CreateInvitationBody.safeParse({ category: 'citizen', expiresInDays: 91 }).success).toBe(false);
    expect(CreateInvitationBody.parse({ category: 'citizen' })).toMatchObject({ role: 'member', reusable: false, expiresInDays: 14 });
  });

  it('rejects a presence payload without a valid network id', () => {
    expect(serverEvents['network.archived'].safeParse({ networkId: 'nope' }).success).toBe(false);
  });
});
