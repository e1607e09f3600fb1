import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Indicator } from '@broedplaats/contracts';
import { useT } from '../../lib/use-t';

export type ChartPoint = { date: string; value: number; iteration: number };

/**
 * One indicator over time: the line of measurements, the baseline and target as reference lines, and
 * a dashed line where a new iteration began. Downloaded only when a chart shows (recharts is large);
 * the table beside it says the same in text.
 */
export function IndicatorChart({ indicator, points }: { indicator: Indicator; points: ChartPoint[] }) {
  const { t } = useT();
  const boundaries = points.filter((p, i) => i > 0 && p.iteration !== points[i - 1].iteration);
  const values = [...points.map((p) => p.value), indicator.baseline, indicator.target];
  const pad = (Math.max(...values) - Math.min(...values)) * 0.1 || 1;
  return (
    <div aria-hidden style={{ width: '100%', height: 200 }}>
      <ResponsiveContainer>
        <LineChart accessibilityLayer={false} data={points} margin={{ top: 12, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" tick={{ fontSize: 11 }} />
          <YAxis tick={{ fontSize: 11 }} width={40} domain={[Math.floor(Math.min(...values) - pad), Math.ceil(Math.max(...values) + pad)]} />
          <Tooltip />
          <ReferenceLine y={indicator.baseline} stroke="#868e96" label={{ value: t('cycles:chart.baseline'), fontSize: 11, position: 'insideBottomLeft' }} />
          <ReferenceLine y={indicator.target} stroke="#2b8a3e" strokeWidth={2} label={{ value: t('cycles:chart.target'), fontSize: 11, position: 'insideTopLeft' }} />
          {boundaries.map((b) => (
            <ReferenceLine key={`${b.date}-${b.iteration}`} x={b.date} stroke="#e8590c" strokeDasharray="4 4" label={{ value: t('cycles:chart.iteration', { number: b.iteration }), fontSize: 10, position: 'top' }} />
          ))}
          <Line type="monotone" dataKey="value" name={indicator.name} stroke="#1864ab" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
