/**
 * The committed sample set: seeds 1 and 2 of every style are pinned to a place, a kind of
 * department and a year, so the samples mirror the seed disclosures they imitate. Other seeds
 * draw all of these at random.
 */
import type { Style } from './spec.ts';

export interface Preset {
  place: string;
  department: string;
  year: number;
  departmentCode: string | null;
  /** A subordinate public institution (二级单位) with its own unit rows. */
  institution: boolean;
  /** Part of the money comes from the unit's own funds (单位资金), not appropriations. */
  unitFunds: boolean;
  variant: number;
}

export const PRESETS: Record<Style, Record<number, Preset>> = {
  A: {
    1: { place: 'dalian-xigang', department: 'government-office', year: 2025, departmentCode: '103', institution: false, unitFunds: false, variant: 0 },
    2: { place: 'dalian-zhongshan', department: 'finance-bureau', year: 2023, departmentCode: '217', institution: true, unitFunds: true, variant: 1 },
  },
  B: {
    1: { place: 'luoyang-xigong', department: 'government-office', year: 2025, departmentCode: '102', institution: false, unitFunds: false, variant: 0 },
    2: { place: 'wuhan-jianghan', department: 'statistics-bureau', year: 2021, departmentCode: '315', institution: true, unitFunds: false, variant: 1 },
  },
  C: {
    1: { place: 'shijiazhuang-qiaoxi', department: 'government-office', year: 2024, departmentCode: '434', institution: false, unitFunds: false, variant: 0 },
    2: { place: 'shijiazhuang-zhengding', department: 'culture-bureau', year: 2022, departmentCode: '612', institution: false, unitFunds: false, variant: 1 },
  },
  D: {
    1: { place: 'nanchang-xihu', department: 'government-office', year: 2025, departmentCode: null, institution: false, unitFunds: false, variant: 0 },
    2: { place: 'nanchang-xihu', department: 'party-office', year: 2024, departmentCode: null, institution: false, unitFunds: false, variant: 1 },
  },
};

/** The seeds of the committed set, per style. */
export const COMMITTED_SEEDS = [1, 2] as const;
