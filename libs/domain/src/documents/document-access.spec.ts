import type { DocumentKind } from '@broedplaats/contracts';
import { documentMode, mayDeletePracticePage, type DocumentMode, type DocumentStanding } from './document-access';

const s = (role: DocumentStanding['role'], extra: Partial<DocumentStanding> = {}): DocumentStanding => ({ role, archived: false, published: false, ...extra });

describe('documentMode', () => {
  it.each<[string, DocumentKind, DocumentStanding, DocumentMode]>([
    ['a member edits a practice page', 'practice_page', s('member'), 'edit'],
    ['a facilitator edits a practice page', 'practice_page', s('facilitator'), 'edit'],
    ['an outsider gets nothing', 'practice_page', s(null), 'none'],
    ['an archived network’s page is read-only', 'practice_page', s('facilitator', { archived: true }), 'read'],
    ['a member edits minutes before they are published', 'minutes', s('member'), 'edit'],
    ['published minutes are read-only for a member', 'minutes', s('member', { published: true }), 'read'],
    ['a facilitator may still amend published minutes', 'minutes', s('facilitator', { published: true }), 'edit'],
    ['an archived network’s minutes are read-only, also for facilitators', 'minutes', s('facilitator', { archived: true, published: true }), 'read'],
    ['an outsider gets nothing of minutes', 'minutes', s(null, { published: true }), 'none'],
  ])('%s', (_case, kind, standing, mode) => {
    expect(documentMode(kind, standing)).toBe(mode);
  });
});

describe('mayDeletePracticePage', () => {
  const page = { createdBy: 'u-creator' };
  it.each<[string, { userId: string; role: DocumentStanding['role'] }, boolean]>([
    ['its creator', { userId: 'u-creator', role: 'member' }, true],
    ['a facilitator', { userId: 'u-fac', role: 'facilitator' }, true],
    ['another member', { userId: 'u-other', role: 'member' }, false],
    ['its creator after leaving the network', { userId: 'u-creator', role: null }, false],
  ])('%s: %s', (_case, who, allowed) => {
    expect(mayDeletePracticePage(page, who)).toBe(allowed);
  });
  it('a page whose creator is gone is the facilitators’', () => {
    expect(mayDeletePracticePage({ createdBy: null }, { userId: 'u-other', role: 'member' })).toBe(false);
  });
});
