import { serverEvents, type ServerEventName } from '@broedplaats/contracts';
import type { LiveSocket } from '../lib/socket';
import type { LiveDeps, LiveFeature, LiveHandlers } from '../lib/live';
import { activityLive } from '../features/activity/live';
import { agendaLive } from '../features/agenda/live';
import { documentLive } from '../features/documents/live';
import { cycleLive } from '../features/cycles/live';
import { intervisionLive } from '../features/intervision/live';
import { invitationLive } from '../features/invitations/live';
import { liveStepsLive } from '../features/live-steps/live';
import { meetingLive } from '../features/meetings/live';
import { memberLive } from '../features/members/live';
import { networkLive } from '../features/networks/live';
import { notificationLive } from '../features/notifications/live';
import { presenceLive } from '../features/presence/live';
import { reflectionLive } from '../features/reflection/live';

/** Every feature that follows server events; each event belongs to exactly one of them. */
export const liveFeatures = [networkLive, memberLive, invitationLive, presenceLive, activityLive, agendaLive, meetingLive, liveStepsLive, notificationLive, documentLive, cycleLive, intervisionLive, reflectionLive] as const;

type EventsOf<F> = F extends LiveFeature<infer K> ? K : never;
type EventsOfAll<T extends readonly unknown[]> = EventsOf<T[number]>;
type Doubled<T extends readonly unknown[]> = T extends readonly [infer Head, ...infer Rest]
  ? (EventsOf<Head> & EventsOfAll<Rest>) | Doubled<Rest>
  : never;
type Missing = Exclude<ServerEventName, EventsOfAll<typeof liveFeatures>>;
// tsc stops here, naming the events, when an event has no handler or two features handle it.
const everyEventOnce: [Missing, Doubled<typeof liveFeatures>] extends [never, never]
  ? true
  : { missing: Missing; doubled: Doubled<typeof liveFeatures> } = true;
void everyEventOnce;

/** Maps every server event onto the caches and stores the screens read from. */
function liveHandlers(deps: LiveDeps): LiveHandlers<ServerEventName> {
  return Object.assign({}, ...liveFeatures.map((feature) => feature(deps)));
}

/** Listens to every event, checking each payload against the contract first; returns the unsubscribe. */
export function bindLiveEvents(socket: LiveSocket, deps: LiveDeps): () => void {
  const handlers = liveHandlers(deps);
  const names = Object.keys(serverEvents) as ServerEventName[];
  const bound = names.map((name) => {
    const listener = (payload: unknown) => {
      const parsed = serverEvents[name].safeParse(payload);
      if (!parsed.success) {
        console.warn(`Ignored a malformed ${name} event`, parsed.error.issues);
        return;
      }
      (handlers[name] as (value: unknown) => void)(parsed.data);
    };
    socket.on(name, listener);
    return () => socket.off(name, listener);
  });
  return () => bound.forEach((unbind) => unbind());
}
