/**
 * The copies of documents this browser keeps in IndexedDB (y-indexeddb), so edits survive going
 * offline and closing the tab. Their names are remembered here so signing out can remove them all:
 * the next person on a shared computer must not find them. No Yjs here: signing out needs none.
 */
const KEY = 'broedplaats.documents';
const PREFIX = 'broedplaats-document-';

const remembered = (): string[] => {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
};

/** The IndexedDB database of one document's local copy, remembered for forgetLocalCopies. */
export function localCopyName(documentId: string): string {
  const name = `${PREFIX}${documentId}`;
  const names = remembered();
  try {
    if (!names.includes(name)) localStorage.setItem(KEY, JSON.stringify([...names, name]));
  } catch {
    // Private mode: the copy lives as long as the browser keeps it.
  }
  return name;
}

/** Removes every local copy (on signing out, or when access to a document is gone). */
export function forgetLocalCopies(documentId?: string): void {
  if (typeof indexedDB === 'undefined') return;
  const names = remembered();
  const gone = documentId ? names.filter((name) => name === `${PREFIX}${documentId}`) : names;
  gone.forEach((name) => indexedDB.deleteDatabase(name));
  try {
    const kept = documentId ? Object.fromEntries(Object.entries(titles()).filter(([id]) => id !== documentId)) : {};
    localStorage.setItem(TITLES, JSON.stringify(kept));
  } catch {
    // Nothing to forget then.
  }
  try {
    localStorage.setItem(KEY, JSON.stringify(names.filter((name) => !gone.includes(name))));
  } catch {
    // Nothing to keep track of then.
  }
}

const TITLES = 'broedplaats.documentTitles';
const titles = (): Record<string, string> => {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(TITLES) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
};

/** A document's title as last seen, for a reload while offline (the page's own request cannot be made then). */
export function rememberTitle(documentId: string, title: string): void {
  try {
    if (titles()[documentId] !== title) localStorage.setItem(TITLES, JSON.stringify({ ...titles(), [documentId]: title }));
  } catch {
    // Private mode: offline, the page is called "untitled".
  }
}

export const rememberedTitle = (documentId: string): string | undefined => titles()[documentId];
