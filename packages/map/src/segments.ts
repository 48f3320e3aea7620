/**
 * A table printed as side-by-side lists (收支总表: income | expenditure by type |
 * expenditure by function) is read as segments: each segment has its code and name
 * columns followed by the amount columns they own.
 */
import type { ColumnRole } from './columns.ts';
import type { Side } from './items.ts';

export interface Segment {
  codeCols: Array<{ col: number; part: Extract<ColumnRole, { kind: 'code' }>['part'] }>;
  nameCols: number[];
  amountCols: number[];
  side: Side;
}

export function segmentsOf(roles: ColumnRole[], paths: string[][]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { codeCols: [], nameCols: [], amountCols: [], side: null };
  roles.forEach((role, col) => {
    if (role.kind === 'seq') return;
    if (role.kind === 'amount') {
      current.amountCols.push(col);
      return;
    }
    if (current.amountCols.length > 0) {
      segments.push(current);
      current = { codeCols: [], nameCols: [], amountCols: [], side: null };
    }
    if (role.kind === 'code') current.codeCols.push({ col, part: role.part });
    else current.nameCols.push(col);
  });
  segments.push(current);
  for (const segment of segments) segment.side = sideOf(segment, paths);
  return segments.filter((s) => s.amountCols.length > 0 || s.nameCols.length > 0);
}

function sideOf(segment: Segment, paths: string[][]): Side {
  const cols = [...segment.nameCols, ...segment.amountCols];
  const top = cols.map((c) => paths[c]?.[0] ?? '').join('|');
  if (/收入/.test(top) && !/支出/.test(top)) return 'income';
  if (/支出/.test(top)) return 'expenditure';
  return null;
}
