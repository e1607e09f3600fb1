import { liveFeature } from '../../lib/live';
import { openDocument } from './open-documents';

/** Sync and awareness messages, and the server closing a document, go to the editor that has it open. */
export const documentLive = liveFeature(() => ({
  // socket.io hands binary to browsers as an ArrayBuffer (a Buffer, which is a Uint8Array, on Node).
  'doc.message': ({ documentId, message }) => openDocument(documentId)?.message(message instanceof Uint8Array ? message : new Uint8Array(message)),
  'doc.closed': ({ documentId, reason }) => openDocument(documentId)?.closed(reason),
}));
