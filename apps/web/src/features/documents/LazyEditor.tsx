import { Suspense } from 'react';
import { PageLoader } from '../../app/PageState';
import { lazyComponent } from '../../lib/lazy-component';
import { useT } from '../../lib/use-t';
import type { DocumentEditorProps } from './editor/DocumentEditor';

/** Tiptap, ProseMirror and Yjs are a large download: only pages that show a document fetch them. */
export const loadEditor = () => import('./editor/DocumentEditor');
const DocumentEditor = lazyComponent(loadEditor, (m) => m.DocumentEditor);

export function LazyEditor(props: DocumentEditorProps) {
  const { t } = useT();
  return (
    <Suspense fallback={<PageLoader label={t('documents:editor.loading')} />}>
      <DocumentEditor {...props} />
    </Suspense>
  );
}
