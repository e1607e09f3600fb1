import { parse } from 'cookie';
import { SESSION_COOKIE, type ErrorBody } from '@broedplaats/contracts';
import type { SessionResolver } from '../core/session-resolver';
import type { IoSocket } from '../core/live-rooms';

type Next = (error?: Error) => void;

const refuse = (next: Next) => {
  const error = new Error('unauthenticated') as Error & { data: ErrorBody };
  error.data = { error: { code: 'unauthenticated', message: 'Log in first' } };
  next(error);
};

/** A socket.io middleware: no live session cookie, no connection. */
export function authenticateHandshake(sessions: SessionResolver) {
  return (socket: IoSocket, next: Next) => {
    const token = parse(socket.request.headers.cookie ?? '')[SESSION_COOKIE];
    if (!token) return refuse(next);
    sessions
      .resolve(token)
      .then((auth) => {
        if (!auth) return refuse(next);
        socket.data = { userId: auth.user.id, sessionId: auth.sessionId, displayName: auth.user.displayName };
        next();
      })
      .catch(() => refuse(next));
  };
}
