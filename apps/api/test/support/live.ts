import { TestApp, type Account } from './app';
import type { TestDatabase } from './databases';
import { connect, Inbox, type Client } from './sockets';

export type LiveApp = {
  /** The running app (valid inside tests, after beforeAll). */
  readonly t: TestApp;
  readonly base: string;
  /** A connected socket for this person, closed after the test. */
  socket(who: Account | { cookie: string }): Promise<Client>;
  /** The same, with an inbox that records every event. */
  open(who: Account | { cookie: string }): Promise<Inbox>;
};

/**
 * The setup every live spec needs, once: start the app on a fresh database and listen, close the
 * test's sockets after each test, and the app after the file.
 */
export function useLiveApp(db: TestDatabase, env: Record<string, string> = {}): LiveApp {
  let t: TestApp | undefined;
  let base = '';
  const sockets: Client[] = [];
  beforeAll(async () => {
    t = await TestApp.start(db, env);
    base = await t.listen();
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(async () => {
    sockets.splice(0).forEach((s) => s.close());
    await t?.close();
  });

  const live: LiveApp = {
    get t() {
      if (!t) throw new Error('the app starts in beforeAll');
      return t;
    },
    get base() {
      return base;
    },
    async socket(who) {
      const socket = await connect(base, who.cookie);
      sockets.push(socket);
      return socket;
    },
    async open(who) {
      return new Inbox(await live.socket(who));
    },
  };
  return live;
}
