import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { PivotRow } from '../series';
import { axisTick, cursorFill, gridStroke, tooltipStyle } from './chartTheme';

export interface SeriesDef {
  key: string;
  label: string;
  color: string;
}

export interface TimeSeriesChartProps {
  rows: PivotRow[];
  series: SeriesDef[];
  kind: 'stackedBar' | 'bar' | 'area';
  /** `short` is for the axis, the full form for the tooltip. */
  formatPeriod: (period: string, short?: boolean) => string;
  formatValue: (value: number) => string;
  height?: number;
}

/** Counts over time: stacked bars per key, or overlapping areas. */
export function TimeSeriesChart({
  rows,
  series,
  kind,
  formatPeriod,
  formatValue,
  height = 300,
}: TimeSeriesChartProps) {
  const common = {
    data: rows,
    margin: { top: 8, right: 8, bottom: 0, left: -8 },
  };
  const axes = (
    <>
      <CartesianGrid vertical={false} stroke={gridStroke} />
      <XAxis
        dataKey="period"
        tickFormatter={(period: string) => formatPeriod(period, true)}
        tick={axisTick}
        axisLine={{ stroke: gridStroke }}
        tickLine={false}
        minTickGap={16}
      />
      <YAxis
        allowDecimals={false}
        tick={axisTick}
        tickFormatter={(value: number) => formatValue(value)}
        axisLine={false}
        tickLine={false}
      />
      <Tooltip
        cursor={kind === 'area' ? undefined : { fill: cursorFill }}
        contentStyle={tooltipStyle}
        labelFormatter={(period) => (typeof period === 'string' ? formatPeriod(period) : period)}
        formatter={(value) => formatValue(Number(value))}
      />
      {series.length > 1 && (
        <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12, paddingTop: 8 }} />
      )}
    </>
  );

  return (
    <ResponsiveContainer width="100%" height={height}>
      {kind === 'area' ? (
        <AreaChart {...common}>
          <defs>
            {series.map((s) => (
              <linearGradient key={s.key} id={`area-${s.key}`} x1="0" y1="0" x2="0" y2="1">
                <stop offset="0%" stopColor={s.color} stopOpacity={0.35} />
                <stop offset="100%" stopColor={s.color} stopOpacity={0.02} />
              </linearGradient>
            ))}
          </defs>
          {axes}
          {series.map((s) => (
            <Area
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              strokeWidth={2}
              fill={`url(#area-${s.key})`}
              isAnimationActive={false}
            />
          ))}
        </AreaChart>
      ) : (
        <BarChart {...common}>
          {axes}
          {series.map((s, index) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={s.color}
              stackId={kind === 'stackedBar' ? 'stack' : undefined}
              radius={kind === 'bar' || index === series.length - 1 ? [3, 3, 0, 0] : undefined}
              maxBarSize={36}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      )}
    </ResponsiveContainer>
  );
}
