import type { AgendaPerson } from '@broedplaats/contracts';
import { toCsv } from './cycles.csv';
import type { MeasurementRow } from './cycle-records.repository';
import type { CycleRow } from './cycles.repository';

/** Column names stay English and stable, for whoever reads the file with a script. */
const header = ['date', 'indicator', 'unit', 'direction', 'baseline', 'target', 'value', 'iteration', 'source', 'by', 'note'];

export function measurementsCsv(row: CycleRow, measurements: MeasurementRow[], names: Map<string, AgendaPerson>): { filename: string; body: string } {
  const indicators = new Map(row.outcomes.flatMap((o) => o.indicators).map((i) => [i.id, i]));
  const rows = measurements.map((m) => {
    const indicator = indicators.get(m.indicatorId);
    return [
      m.date, indicator?.name ?? '', indicator?.unit ?? '', indicator?.direction ?? '', indicator?.baseline ?? null, indicator?.target ?? null,
      m.value, m.iteration, m.logId ? 'log' : 'direct', m.byId ? (names.get(m.byId)?.displayName ?? '') : '', m.note,
    ];
  });
  const slug = row.title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'cyclus';
  return { filename: `metingen-${slug}.csv`, body: toCsv(header, rows) };
}
