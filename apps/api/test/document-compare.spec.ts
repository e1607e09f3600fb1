import { compareText } from '../src/documents/document-compare';

describe('comparing a version with now', () => {
  it('marks the words added and removed since, per block, and keeps the rest', () => {
    const changes = compareText(['Verslag 12 maart', 'Aanwezig: Fenna, Pieter'], ['Verslag 12 maart', 'Aanwezig: Fenna, Pieter, Bea', 'Besluit: kaart uitproberen']);
    expect(changes.filter((c) => c.kind === 'removed')).toEqual([]);
    expect(changes.filter((c) => c.kind === 'added').map((c) => c.text.trim()).join(' ')).toContain('Bea');
    expect(changes.filter((c) => c.kind === 'added').map((c) => c.text).join('')).toContain('Besluit: kaart uitproberen');
    // Put together, the kept and added parts read as now; the kept and removed as before.
    expect(changes.filter((c) => c.kind !== 'removed').map((c) => c.text).join('')).toBe('Verslag 12 maart\nAanwezig: Fenna, Pieter, Bea\nBesluit: kaart uitproberen');
    expect(changes.filter((c) => c.kind !== 'added').map((c) => c.text).join('')).toBe('Verslag 12 maart\nAanwezig: Fenna, Pieter');
  });

  it('says nothing changed when nothing did, and everything was added to an empty version', () => {
    expect(compareText(['Een', 'Twee'], ['Een', 'Twee'])).toEqual([{ kind: 'same', text: 'Een\nTwee' }]);
    expect(compareText([], ['Nieuw'])).toEqual([{ kind: 'added', text: 'Nieuw' }]);
  });
});
