import { MembersRepository } from '../src/networks/members.repository';
import { TestApp } from './support/app';
import { testDatabases } from './support/databases';

/**
 * Work after a commit (reading the newcomer to announce them) once ran as a floating promise: its
 * rejection was unhandled, which stops a Node 20 process. Now it is awaited and a failure logged.
 */
describe('work after commit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start(testDatabases()[0][1]);
  });
  afterAll(() => t.close());

  it('keeps the change and keeps serving when the announcement read fails', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const members = t.app.get(MembersRepository);
    // Fault injection: the read that follows the commit fails once, as a dropped connection would.
    const find = jest.spyOn(members, 'find').mockRejectedValueOnce(new Error('connection lost after commit'));
    try {
      const fac = await t.signUp('Fenna');
      const created = await t.request('POST', '/api/networks', { cookie: fac.cookie, body: { name: 'Na de commit', province: 'Utrecht', type: 'learning-network' } });
      expect(created.status).toBe(201);
      expect(find).toHaveBeenCalled();
      // The network exists, the API keeps answering, and nothing was left unhandled.
      const again = await t.request('GET', `/api/networks/${created.body.id}`, { cookie: fac.cookie });
      expect(again.body).toMatchObject({ name: 'Na de commit', myRole: 'facilitator' });
      expect((await t.request('GET', '/api/health')).status).toBe(200);
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      find.mockRestore();
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
