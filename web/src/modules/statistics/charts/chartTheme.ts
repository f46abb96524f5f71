import type { CSSProperties } from 'react';

export const axisTick = { fontSize: 12, fill: 'rgba(0,0,0,.55)' };
export const gridStroke = '#eef0f5';
export const tooltipStyle: CSSProperties = {
  borderRadius: 8,
  border: '1px solid #eef0f5',
  boxShadow: '0 6px 16px rgba(15,27,61,.08)',
  fontSize: 13,
};
export const cursorFill = 'rgba(47,84,235,.06)';
