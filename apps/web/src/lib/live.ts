import type { QueryClient } from '@tanstack/react-query';
import type { ServerEventName, ServerEvents } from '@broedplaats/contracts';

/** What a feature's live handlers may use: the query cache, who I am, and how to tell me I was removed. */
export type LiveDeps = {
  client: QueryClient;
  meId: string;
  /** Someone removed me from a network (not me leaving it myself). */
  onRemoved: (networkId: string, networkName: string | null) => void;
};

/** Handlers for some server events, each receiving the payload the contract checked. */
export type LiveHandlers<K extends ServerEventName> = { [E in K]: (payload: ServerEvents[E]) => void };

/** A feature's handlers, made once per sign-in. */
export type LiveFeature<K extends ServerEventName = ServerEventName> = (deps: LiveDeps) => LiveHandlers<K>;

/** Declares a feature's handlers; the event names it handles are read from the keys it returns. */
export const liveFeature = <K extends ServerEventName>(make: (deps: LiveDeps) => LiveHandlers<K>): LiveFeature<K> => make;
