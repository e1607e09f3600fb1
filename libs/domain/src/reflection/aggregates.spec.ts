import { aggregateReflections, leastWrittenSide, quarterOf, type SharedRow } from './aggregates';

const row = (authorId: string, createdAt: string, domains: SharedRow['domains'], cycles: SharedRow['cycles'] = []): SharedRow => ({ authorId, createdAt: new Date(createdAt), domains, cycles });
const five = ['a', 'b', 'c', 'd', 'e'];

describe('reflection aggregates', () => {
  it('uses Amsterdam time for the quarter', () => {
    // 31 March 23:30 UTC is 1 April 01:30 in Amsterdam (summer time).
    expect(quarterOf(new Date('2026-03-31T23:30:00Z'))).toBe('2026-Q2');
    expect(quarterOf(new Date('2026-01-01T00:00:00Z'))).toBe('2026-Q1');
  });

  it('shows a cell only when five different people wrote in it', () => {
    const rows = [
      ...five.map((p) => row(p, '2026-02-01T10:00:00Z', ['qualification'], ['immediate'])),
      // One person five times: five reflections but one person, so hidden.
      ...five.map(() => row('f', '2026-02-02T10:00:00Z', ['subjectification'])),
    ];
    const result = aggregateReflections('n', rows, 5);
    expect(result.periods).toEqual([
      {
        period: '2026-Q1',
        domains: [{ key: 'qualification', reflections: 5, people: 5 }],
        cycles: [{ key: 'immediate', reflections: 5, people: 5 }],
        hidden: 1, // subjectification: 5 reflections by 1 person
      },
    ]);
  });

  it('prompts the least-written side only when enough people shared', () => {
    const rows = five.map((p) => row(p, '2026-02-01T10:00:00Z', ['qualification', 'socialisation']));
    expect(leastWrittenSide(rows, 5)).toBe('subjectification');
    expect(leastWrittenSide(rows.slice(0, 4), 5)).toBeNull();
    const more = [...rows, ...five.map((p) => row(p, '2026-03-01T10:00:00Z', ['subjectification', 'qualification']))];
    // qualification 10, socialisation 5, subjectification 5: a tie goes to subjectification
    expect(leastWrittenSide(more, 5)).toBe('subjectification');
  });
});
