import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { documentRoutes as routes, type DocumentSummary, type PracticePageList } from '@broedplaats/contracts';
import { callRoute, isApiError } from '../../lib/api';

/** Query keys of the documents feature. */
export const documentKeys = {
  pages: (networkId: string) => ['documents', 'pages', networkId] as const,
  document: (networkId: string, documentId: string) => ['documents', 'document', networkId, documentId] as const,
  minutes: (networkId: string, meetingId: string) => ['documents', 'minutes', networkId, meetingId] as const,
};

export function usePracticePages(networkId: string) {
  return useQuery({ queryKey: documentKeys.pages(networkId), queryFn: ({ signal }) => callRoute(routes.practicePages, { params: { networkId }, signal }) });
}

/** A document's title and kind; the list's copy shows at once while it loads. */
export function useDocumentSummary(networkId: string, documentId: string) {
  const client = useQueryClient();
  const fromList = client.getQueryData<PracticePageList>(documentKeys.pages(networkId))?.find((page) => page.id === documentId);
  return useQuery<DocumentSummary>({
    queryKey: documentKeys.document(networkId, documentId),
    queryFn: ({ signal }) => callRoute(routes.document, { params: { networkId, documentId }, signal }),
    placeholderData: fromList,
  });
}

export function useCreatePage(networkId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (title: string) => callRoute(routes.createPracticePage, { params: { networkId }, body: { title } }),
    onSuccess: (page) => {
      client.setQueryData(documentKeys.document(networkId, page.id), page);
      void client.invalidateQueries({ queryKey: documentKeys.pages(networkId) });
    },
  });
}

export function useRenamePage(networkId: string, documentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (title: string) => callRoute(routes.renamePracticePage, { params: { networkId, documentId }, body: { title } }),
    onSuccess: (page) => {
      client.setQueryData<DocumentSummary>(documentKeys.document(networkId, documentId), page);
      client.setQueryData<PracticePageList>(documentKeys.pages(networkId), (old) => old?.map((p) => (p.id === page.id ? page : p)));
    },
  });
}

export function useDeletePage(networkId: string, documentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => callRoute(routes.deletePracticePage, { params: { networkId, documentId } }),
    onSuccess: () => {
      client.setQueryData<PracticePageList>(documentKeys.pages(networkId), (old) => old?.filter((p) => p.id !== documentId));
      client.removeQueries({ queryKey: documentKeys.document(networkId, documentId) });
    },
  });
}

/** The new order shows at once; a lost race (409 stale_order) brings the list as it is now. */
export function useReorderPages(networkId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (documentIds: string[]) => callRoute(routes.reorderPracticePages, { params: { networkId }, body: { documentIds } }),
    onSuccess: (pages) => client.setQueryData(documentKeys.pages(networkId), pages),
    onError: (error) => {
      if (isApiError(error) && error.status === 409) void client.invalidateQueries({ queryKey: documentKeys.pages(networkId) });
    },
  });
}

/** A meeting's minutes document (the server makes it on first request). */
export function useMinutesDocument(networkId: string, meetingId: string) {
  return useQuery({ queryKey: documentKeys.minutes(networkId, meetingId), queryFn: ({ signal }) => callRoute(routes.minutesDocument, { params: { networkId, meetingId }, signal }) });
}

export function usePublishMinutes(networkId: string, meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => callRoute(routes.publishMinutes, { params: { networkId, meetingId } }),
    onSuccess: (minutes: DocumentSummary) => client.setQueryData(documentKeys.minutes(networkId, meetingId), minutes),
  });
}
