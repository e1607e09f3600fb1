import type { Notification, NotificationPage, UnreadCounts } from '@broedplaats/contracts';
import type { FakeCall } from '../../../test/fake-api';
import { networkId } from '../../../test/fixtures';

export const fenna = { id: '66666666-6666-4666-8666-666666666666', displayName: 'Fenna' };
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const notification = (seq: number, rest: Partial<Notification> = {}): Notification =>
  ({
    id: uuid(seq), seq, kind: 'network.archived', network: { id: networkId, name: 'Almere' }, actor: fenna, subjectId: networkId, data: {},
    createdAt: '2026-11-20T10:00:00.000Z', readAt: null, ...rest,
  }) as Notification;

/** A small notifications server: marking read changes what it answers next. */
export function notificationsServer(start: Notification[]) {
  let items = [...start];
  const counts = (): UnreadCounts => {
    const unread = items.filter((n) => n.readAt === null);
    const byNetwork = [...new Set(unread.map((n) => n.network?.id).filter(Boolean) as string[])].map((id) => ({ networkId: id, count: unread.filter((n) => n.network?.id === id).length }));
    return { total: unread.length, byNetwork };
  };
  return {
    routes: {
      'GET /api/me/notifications': (call: FakeCall) => {
        const unreadOnly = new URL(call.path, 'http://x').searchParams.get('unread') === 'true';
        const body: NotificationPage = { items: items.filter((n) => !unreadOnly || n.readAt === null), nextBefore: null };
        return { body };
      },
      'GET /api/me/notifications/unread': () => ({ body: counts() }),
      'POST /api/me/notifications/read': () => {
        items = items.map((n) => ({ ...n, readAt: n.readAt ?? '2026-11-21T10:00:00.000Z' }));
        return { status: 204 };
      },
      ...Object.fromEntries(
        start.map((n) => [
          `POST /api/me/notifications/${n.id}/read`,
          () => {
            items = items.map((m) => (m.id === n.id ? { ...m, readAt: m.readAt ?? '2026-11-21T10:00:00.000Z' } : m));
            return { status: 204 };
          },
        ]),
      ),
    },
    /** As another tab marking everything read does. */
    readAll() {
      items = items.map((n) => ({ ...n, readAt: n.readAt ?? '2026-11-21T10:00:00.000Z' }));
    },
    add(n: Notification) {
      items = [n, ...items];
      return counts().total;
    },
  };
}
