import { Flex, Typography } from 'antd';
import { Pie, PieChart, Tooltip } from 'recharts';
import { useFormat } from '../../../ui/useFormat';
import { tooltipStyle } from './chartTheme';

export interface DonutDatum {
  key: string;
  label: string;
  value: number;
  color: string;
}

export interface DonutChartProps {
  data: DonutDatum[];
  /** In the hole: the total by default. */
  centerValue?: string;
  centerLabel: string;
  size?: number;
}

/** Shares of a whole: a donut with its total in the middle and a legend with counts and %. */
export function DonutChart({ data, centerValue, centerLabel, size = 190 }: DonutChartProps) {
  const format = useFormat();
  const total = data.reduce((sum, datum) => sum + datum.value, 0);
  const share = (value: number) =>
    total > 0 ? `${format.number(Math.round((value / total) * 1000) / 10)}%` : '—';
  const chartData = data.map((datum) => ({
    name: datum.label,
    value: datum.value,
    fill: datum.color,
  }));

  return (
    <Flex align="center" gap={24} wrap="wrap" justify="center">
      <div style={{ position: 'relative', width: size, height: size, flexShrink: 0 }}>
        <PieChart width={size} height={size}>
          <Pie
            data={chartData}
            dataKey="value"
            nameKey="name"
            innerRadius={size * 0.3}
            outerRadius={size * 0.48}
            paddingAngle={data.length > 1 ? 1.5 : 0}
            stroke="#fff"
            isAnimationActive={false}
          />
          <Tooltip
            contentStyle={tooltipStyle}
            formatter={(value) => format.number(Number(value))}
          />
        </PieChart>
        <Flex
          vertical
          align="center"
          justify="center"
          style={{ position: 'absolute', inset: 0, pointerEvents: 'none' }}
        >
          <Typography.Text strong style={{ fontSize: 22, lineHeight: 1.1 }}>
            {centerValue ?? format.number(total)}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {centerLabel}
          </Typography.Text>
        </Flex>
      </div>
      <Flex vertical gap={6} style={{ flex: '1 1 150px', minWidth: 150 }}>
        {data.map((datum) => (
          <Flex key={datum.key} align="center" gap={8}>
            <span
              aria-hidden
              style={{
                width: 10,
                height: 10,
                borderRadius: 3,
                background: datum.color,
                flexShrink: 0,
              }}
            />
            <Typography.Text ellipsis style={{ flex: 1, minWidth: 0 }}>
              {datum.label}
            </Typography.Text>
            <Typography.Text strong>{format.number(datum.value)}</Typography.Text>
            <Typography.Text type="secondary" style={{ width: 48, textAlign: 'end' }}>
              {share(datum.value)}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
}
