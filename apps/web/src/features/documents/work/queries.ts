import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { documentWorkRoutes as routes, pathOf, type CommentThread, type OpenThreadBody, type ReplyBody } from '@broedplaats/contracts';
import { callRoute } from '../../../lib/api';
import { documentWorkKeys as keys, withThread } from '../work-keys';

type Ref = { networkId: string; documentId: string };

export function useThreads({ networkId, documentId }: Ref) {
  return useQuery({ queryKey: keys.threads(networkId, documentId), queryFn: ({ signal }) => callRoute(routes.documentComments, { params: { networkId, documentId }, signal }) });
}

/** Every comment change answers with the thread's new state: it replaces the cached one (the live event does the same for others). */
function useThreadChange<V>({ networkId, documentId }: Ref, change: (v: V) => Promise<CommentThread>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (thread) => client.setQueryData(keys.threads(networkId, documentId), (old: CommentThread[] | undefined) => withThread(old, thread)),
  });
}

export const useOpenThread = (ref: Ref) => useThreadChange(ref, (body: OpenThreadBody) => callRoute(routes.openCommentThread, { params: ref, body }));
export const useReply = (ref: Ref) =>
  useThreadChange(ref, ({ threadId, body }: { threadId: string; body: ReplyBody }) => callRoute(routes.replyToThread, { params: { ...ref, threadId }, body }));
export const useResolve = (ref: Ref) =>
  useThreadChange(ref, ({ threadId, resolved }: { threadId: string; resolved: boolean }) => callRoute(routes.resolveThread, { params: { ...ref, threadId }, body: { resolved } }));
export const useRemoveComment = (ref: Ref) =>
  useThreadChange(ref, ({ threadId, commentId }: { threadId: string; commentId: string }) => callRoute(routes.deleteDocumentComment, { params: { ...ref, threadId, commentId } }));

export function useVersions({ networkId, documentId }: Ref) {
  return useQuery({ queryKey: keys.versions(networkId, documentId), queryFn: ({ signal }) => callRoute(routes.documentVersions, { params: { networkId, documentId }, signal }) });
}

export function useVersionView(ref: Ref, versionId: string | null) {
  return useQuery({
    queryKey: keys.version(ref.networkId, ref.documentId, versionId ?? '', 'view'),
    queryFn: ({ signal }) => callRoute(routes.documentVersion, { params: { ...ref, versionId: versionId! }, signal }),
    enabled: versionId !== null,
  });
}

export function useComparison(ref: Ref, versionId: string | null) {
  return useQuery({
    queryKey: keys.version(ref.networkId, ref.documentId, versionId ?? '', 'comparison'),
    queryFn: ({ signal }) => callRoute(routes.compareDocumentVersion, { params: { ...ref, versionId: versionId! }, signal }),
    enabled: versionId !== null,
    // "Now" moves on: compare afresh each time it is opened.
    staleTime: 0,
    gcTime: 0,
  });
}

function useHistoryChange<V>(ref: Ref, change: (v: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: change, onSuccess: () => client.invalidateQueries({ queryKey: keys.versions(ref.networkId, ref.documentId) }) });
}
export const useSaveVersion = (ref: Ref) => useHistoryChange(ref, (name: string) => callRoute(routes.saveDocumentVersion, { params: ref, body: { name } }));
export const useRestore = (ref: Ref) => useHistoryChange(ref, (versionId: string) => callRoute(routes.restoreDocumentVersion, { params: { ...ref, versionId } }));

/** Where the browser fetches the exports itself (a download, a page to print). */
export const exportLinks = (ref: Ref) => ({ markdown: pathOf(routes.exportDocumentMarkdown, ref), print: pathOf(routes.printDocument, ref) });
