import { sessions } from '../src/auth/auth.tables';
import { PURGE_EVERY_MS } from '../src/auth/sessions.purge';
import { SessionsService } from '../src/auth/sessions.service';
import { FakeClock, TestApp, sessionCookie } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';

const DAY = 24 * 3600_000;
const password = 'lang-genoeg-wachtwoord';

/**
 * Expired sessions are deleted when the app starts and then every hour, by the injected clock. Only
 * setInterval is faked, so the hour passes at once while the database and Nest run on real time.
 */
describe.each(testDatabases())('purging expired sessions on %s', (_kind, db: TestDatabase) => {
  let t: TestApp | undefined;
  let clock: FakeClock;

  beforeEach(async () => {
    jest.useFakeTimers({ doNotFake: ['Date', 'hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout'] });
    clock = new FakeClock();
    t = await TestApp.start(db, {}, { clock });
  });
  afterEach(async () => {
    await stop();
    jest.useRealTimers();
  });
  const stop = async () => {
    await t?.close();
    t = undefined;
  };

  const app = () => t!;
  const sessionIds = async () => (await app().database!.db.select({ id: sessions.id }).from(sessions)).map((s) => s.id).sort();
  const me = async (cookie: string) => (await app().request('GET', '/api/auth/me', { cookie })).status;
  /** Lets an hour pass and waits for the purge that it starts to finish. */
  const anHourPasses = async () => {
    const purge = jest.spyOn(app().app.get(SessionsService), 'purgeExpired');
    jest.advanceTimersByTime(PURGE_EVERY_MS);
    expect(purge).toHaveBeenCalledTimes(1);
    await purge.mock.results[0].value;
    purge.mockRestore();
  };

  it('deletes sessions once they have expired, every hour, and keeps the live ones', async () => {
    const who = await app().signUp('Vera'); // expires after SESSION_DAYS (30)
    clock.advance(20 * DAY);
    const later = sessionCookie(await app().request('POST', '/api/auth/login', { body: { email: who.email, password } })); // expires on day 50
    expect([await me(who.cookie), await me(later)]).toEqual([200, 200]);
    expect(await sessionIds()).toHaveLength(2);

    await anHourPasses(); // day 20: nothing has expired yet
    expect(await sessionIds()).toHaveLength(2);

    clock.advance(11 * DAY); // day 31: the first session has expired; it already signs nobody in
    expect([await me(who.cookie), await me(later)]).toEqual([401, 200]);
    expect(await sessionIds()).toHaveLength(2);
    await anHourPasses();
    expect(await sessionIds()).toHaveLength(1);
    expect(await me(later)).toBe(200);
  });

  it('purges on start, and stops its timer on shutdown', async () => {
    const who = await app().signUp('Wim');
    expect(await me(who.cookie)).toBe(200);
    const database = app().database!;
    const shared = { ...database, close: async () => undefined }; // keep the data for the next start
    // Each running app has its hourly jobs (sessions, and intervision's erasure): a second app doubles them.
    const perApp = jest.getTimerCount();
    expect(perApp).toBeGreaterThanOrEqual(1);
    const restarted = await TestApp.start(shared, {}, { clock });
    expect(jest.getTimerCount()).toBe(2 * perApp);
    await restarted.close();
    expect(jest.getTimerCount()).toBe(perApp);

    clock.advance(31 * DAY);
    const again = await TestApp.start(shared, {}, { clock });
    try {
      expect(await sessionIds()).toHaveLength(0);
    } finally {
      await again.close();
    }
    await stop();
    expect(jest.getTimerCount()).toBe(0);
  });
});
