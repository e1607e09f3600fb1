import { useEffect, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { useSocket } from '../../../lib/socket';
import { forgetLocalCopies, localCopyName } from '../local-copies';
import { SocketProvider, type SyncState } from '../sync/provider';
import { syncSocket } from '../sync/sync-socket';

export type Collaboration = { doc: Y.Doc; provider: SocketProvider };

/** A local copy that never answers (IndexedDB blocked) must not keep the document offline. */
const LOCAL_COPY_PATIENCE_MS = 1500;

/**
 * One document's Y.Doc, its copy in this browser and its sync with the server, for as long as the
 * editor is open. The local copy loads first, so the first sync already carries what was typed offline.
 */
export function useCollaboration(documentId: string): Collaboration | null {
  const [session, setSession] = useState<{ documentId: string; collaboration: Collaboration } | null>(null);
  const socket = useSocket();

  useEffect(() => {
    const doc = new Y.Doc();
    const local = new IndexeddbPersistence(localCopyName(documentId), doc);
    const provider = new SocketProvider(documentId, doc, { quietOrigins: [local] });
    const collaboration = { doc, provider };
    let live = true;
    // The editor shows once the local copy is in: no flash of an empty page before it.
    const ready = () => live && setSession((now) => (now?.collaboration === collaboration ? now : { documentId, collaboration }));
    const patience = setTimeout(ready, LOCAL_COPY_PATIENCE_MS);
    void local.whenSynced.then(ready, ready);
    // Access gone or the document deleted: this browser keeps no copy of it either.
    let cleared = false;
    const stopWatching = provider.subscribe(() => {
      if (cleared || !provider.getState().closedReason) return;
      cleared = true;
      void local.clearData().catch(() => forgetLocalCopies(documentId));
    });
    return () => {
      live = false;
      clearTimeout(patience);
      stopWatching();
      provider.destroy();
      if (!cleared) void local.destroy();
      doc.destroy();
    };
  }, [documentId]);

  // Until the new document's session is ready, an old one (already destroyed) must not show.
  const current = session?.documentId === documentId ? session.collaboration : null;
  const provider = current?.provider;
  useEffect(() => {
    provider?.setSocket(socket ? syncSocket(socket) : null);
  }, [provider, socket]);

  return current;
}

const noState = (): SyncState | null => null;

/** The provider's sync state (status, read-only, closed), re-rendering on change. */
export function useSyncState(provider: SocketProvider | undefined): SyncState | null {
  return useSyncExternalStore(provider?.subscribe ?? (() => () => undefined), provider?.getState ?? noState);
}
