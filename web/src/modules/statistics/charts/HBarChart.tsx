import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ResponsiveContainer } from 'recharts';
import { axisTick, cursorFill, gridStroke, tooltipStyle } from './chartTheme';

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  color: string;
}

export interface HBarChartProps {
  data: BarDatum[];
  formatValue: (value: number) => string;
  /** Width of the category labels on the left. */
  labelWidth?: number;
  /** A dashed line across at this value (e.g. 100 % of the budget). */
  reference?: { value: number; label: string };
  /** Name of the value in the tooltip. */
  valueName: string;
}

const ROW = 30;

/** Categories side by side as horizontal bars, longest label on the left, value at the bar end. */
export function HBarChart({
  data,
  formatValue,
  labelWidth = 130,
  reference,
  valueName,
}: HBarChartProps) {
  const chartData = data.map((datum) => ({
    name: datum.label,
    value: datum.value,
    fill: datum.color,
  }));
  return (
    <ResponsiveContainer
      width="100%"
      height={Math.max(160, data.length * ROW + (reference ? 52 : 40))}
    >
      <BarChart
        data={chartData}
        layout="vertical"
        margin={{ top: reference ? 20 : 8, right: 56, bottom: 0, left: 0 }}
      >
        <CartesianGrid horizontal={false} stroke={gridStroke} />
        <XAxis
          type="number"
          allowDecimals={false}
          domain={[0, 'auto']}
          tick={axisTick}
          tickFormatter={(value: number) => formatValue(value)}
          axisLine={false}
          tickLine={false}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={labelWidth}
          tick={axisTick}
          axisLine={false}
          tickLine={false}
          interval={0}
        />
        <Tooltip
          cursor={{ fill: cursorFill }}
          contentStyle={tooltipStyle}
          formatter={(value) => [formatValue(Number(value)), valueName]}
        />
        {reference && (
          <ReferenceLine
            x={reference.value}
            stroke="#f5222d"
            strokeDasharray="4 4"
            ifOverflow="extendDomain"
            zIndex={400}
            label={{ value: reference.label, position: 'top', fill: '#f5222d', fontSize: 11 }}
          />
        )}
        <Bar
          dataKey="value"
          name={valueName}
          radius={[0, 4, 4, 0]}
          barSize={18}
          isAnimationActive={false}
        >
          <LabelList
            dataKey="value"
            position="right"
            formatter={(value) => formatValue(Number(value))}
            style={{ fontSize: 12, fill: 'rgba(0,0,0,.65)' }}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
