import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';

export interface ChartDatum {
  label: string;
  value: number;
}

/**
 * A horizontal bar chart of fixed size (long option texts fit on the left, and the layout does not
 * depend on measuring the page). The table beside it carries the same numbers; assistive technology
 * gets the chart as one image with a short summary (`summary`), not its SVG pieces.
 */
export function ResultChart({ data, summary, max, decimals = 0 }: { data: readonly ChartDatum[]; summary: string; max?: number; decimals?: number }) {
  const height = Math.max(80, data.length * 44 + 40);
  return (
    <div className="result-chart" role="img" aria-label={summary}>
      <BarChart width={520} height={height} data={[...data]} layout="vertical" margin={{ top: 8, right: 48, bottom: 8, left: 8 }}>
        <CartesianGrid horizontal={false} stroke="#d5dbe2" />
        <XAxis type="number" domain={[0, max ?? 'auto']} allowDecimals={decimals > 0} tick={{ fill: '#4f5b67' }} />
        <YAxis type="category" dataKey="label" width={180} tick={{ fill: '#1b2430', fontSize: 13 }} interval={0} />
        <Bar dataKey="value" fill="#1d4f91" isAnimationActive={false} barSize={24}>
          <LabelList
            dataKey="value"
            position="right"
            fill="#1b2430"
            formatter={(value: unknown) => (typeof value === 'number' ? value.toFixed(decimals) : String(value ?? ''))}
          />
        </Bar>
      </BarChart>
    </div>
  );
}
