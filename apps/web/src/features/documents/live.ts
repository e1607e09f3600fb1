import { liveFeature } from '../../lib/live';
import { openDocument } from './open-documents';
import { documentWorkKeys, withThread } from './work-keys';

/**
 * Sync and awareness messages, and the server closing a document, go to the editor that has it open.
 * Comment threads arrive whole and replace the cached copy; a new version refetches the history.
 */
export const documentLive = liveFeature(({ client }) => ({
  // socket.io hands binary to browsers as an ArrayBuffer (a Buffer, which is a Uint8Array, on Node).
  'doc.message': ({ documentId, message }) => openDocument(documentId)?.message(message instanceof Uint8Array ? message : new Uint8Array(message)),
  'doc.closed': ({ documentId, reason }) => openDocument(documentId)?.closed(reason),
  'document.commented': ({ networkId, documentId, thread }) => {
    client.setQueryData(documentWorkKeys.threads(networkId, documentId), (old: Parameters<typeof withThread>[0]) => withThread(old, thread));
  },
  'document.versioned': ({ networkId, documentId }) => void client.invalidateQueries({ queryKey: documentWorkKeys.versions(networkId, documentId) }),
}));
