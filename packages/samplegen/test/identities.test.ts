import { Decimal, HEADLINE_KEYS, TABLE_KINDS, isKnownMeasure } from '@budget/model';
import { describe, expect, it } from 'vitest';
import { Ledger, STYLES, type ExpectedBudgetLine, type ExpectedDataset } from '../src/index.ts';
import { generated as generateDisclosure } from './generated.ts';

const SEEDS = [1, 2, 5, 17, 42, 99];

/** Each printed 万元 figure is off by at most half a cent of 万元, i.e. 50 元. */
function tolerance(unitIsWan: boolean, terms: number): Decimal {
  return unitIsWan ? new Decimal(50).times(terms + 1) : new Decimal(0);
}

function near(a: string | Decimal, b: string | Decimal, tol: Decimal): boolean {
  return new Decimal(a).minus(b).abs().lte(tol);
}

/** Lines of one table column for one budget unit, by subject code. */
function byCode(lines: ExpectedBudgetLine[]): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const l of lines) if (l.code) out.set(l.code, (out.get(l.code) ?? new Decimal(0)).plus(l.amount_yuan));
  return out;
}

function groups(e: ExpectedDataset): Map<string, ExpectedBudgetLine[]> {
  const out = new Map<string, ExpectedBudgetLine[]>();
  for (const l of e.budget_lines) {
    const key = `${l.table}|${l.unit_code}|${l.measure}`;
    out.set(key, [...(out.get(key) ?? []), l]);
  }
  return out;
}

describe('the truth behind a document satisfies the accounting identities (in 分, before rounding)', () => {
  for (const style of STYLES) {
    it(`style ${style}`, () => {
      for (const seed of SEEDS) {
        const { spec } = generateDisclosure(style, seed);
        const l = new Ledger(spec.atoms);
        for (const a of spec.atoms) expect(Number.isInteger(a.cents) && a.cents > 0).toBe(true);
        expect(l.sum()).toBe(l.basic().sum() + l.project().sum());
        expect(l.basic().sum()).toBe(l.personnel().sum() + l.publicFunds().sum());
        expect(l.sum()).toBe(l.general().sum() + l.unitFunds().sum());
        for (const [code, cls] of l.byFunc(3)) {
          expect(cls.byFunc(5).reduce((s, [, x]) => s + x.sum(), 0), code).toBe(cls.sum());
          for (const [, kuan] of cls.byFunc(5)) expect(kuan.byFunc(7).reduce((s, [, x]) => s + x.sum(), 0)).toBe(kuan.sum());
        }
        for (const p of spec.projects) expect(l.where((a) => a.project === p.id).sum()).toBe(p.cents);
        expect(l.project().sum()).toBe(spec.projects.reduce((s, p) => s + p.cents, 0));
      }
    });
  }
});

describe('expected datasets', () => {
  for (const style of STYLES) {
    it(`style ${style}: lines are valid records of the contract`, () => {
      for (const seed of SEEDS) {
        const { expected } = generateDisclosure(style, seed);
        for (const t of expected.tables) expect(TABLE_KINDS).toContain(t.kind);
        for (const line of expected.budget_lines) {
          expect(isKnownMeasure(line.measure), line.measure).toBe(true);
          expect(line.amount_yuan).toMatch(/^-?\d+\.\d{2}$/);
          if (line.code) expect(line.code).toMatch(/^\d+$/);
          if (line.classification === 'function') expect(line.code).toMatch(/^2\d{2}(\d{2}){0,2}$/);
          if (line.classification === 'economic') expect(line.code).toMatch(/^3\d{2}(\d{2})?$/);
          if (line.classification === 'none') expect(line.code).toBeNull();
          expect(line.name).not.toMatch(/\s/);
        }
        for (const key of HEADLINE_KEYS) {
          const v = expected.document[key];
          if (v !== null) expect(v).toMatch(/^\d+\.\d{2}$/);
        }
        for (const i of expected.indicators) expect([null, '≥', '≤', '=', '>', '<']).toContain(i.operator);
      }
    });

    it(`style ${style}: printed subjects add up to their parents`, () => {
      for (const seed of SEEDS) {
        const { expected } = generateDisclosure(style, seed);
        const wan = expected.document.printed_unit === '万元';
        for (const [key, lines] of groups(expected)) {
          const codes = byCode(lines);
          for (const [code, amount] of codes) {
            const children = [...codes].filter(([c]) => c.length === code.length + 2 && c.startsWith(code));
            if (!children.length) continue;
            const sum = children.reduce((s, [, v]) => s.plus(v), new Decimal(0));
            expect(near(sum, amount, tolerance(wan, children.length)), `${key} ${code}: ${sum} vs ${amount}`).toBe(true);
          }
          // The 类 rows add up to the row above them (合计 or the unit's own row).
          const top = [...codes].filter(([c]) => c.length === 3);
          const totalRow = lines.find((l) => l.item === 'unit.total' && l.unit_code === lines[0].unit_code) ?? lines.find((l) => l.item === 'total');
          if (top.length && totalRow) {
            const sum = top.reduce((s, [, v]) => s.plus(v), new Decimal(0));
            expect(near(sum, totalRow.amount_yuan, tolerance(wan, top.length)), `${key}: 类 sum ${sum} vs ${totalRow.amount_yuan}`).toBe(true);
          }
        }
      }
    });

    it(`style ${style}: columns add up within a row (合计 = 基本 + 项目, 基本 = 人员 + 公用)`, () => {
      for (const seed of SEEDS) {
        const { expected } = generateDisclosure(style, seed);
        const wan = expected.document.printed_unit === '万元';
        const rows = new Map<string, Map<string, Decimal>>();
        for (const l of expected.budget_lines) {
          const key = `${l.table}|${l.unit_code}|${l.item}|${l.code}|${l.name}`;
          const row = rows.get(key) ?? new Map<string, Decimal>();
          row.set(l.measure, (row.get(l.measure) ?? new Decimal(0)).plus(l.amount_yuan));
          rows.set(key, row);
        }
        const zero = new Decimal(0);
        const check = (key: string, row: Map<string, Decimal>, whole: string, parts: string[]) => {
          if (!row.has(whole) && !parts.some((p) => row.has(p))) return;
          if (!parts.some((p) => row.has(p))) return;
          const sum = parts.reduce((s, p) => s.plus(row.get(p) ?? zero), zero);
          expect(near(sum, row.get(whole) ?? zero, tolerance(wan, parts.length)), `${key}: ${whole} ≠ ${parts.join(' + ')}`).toBe(true);
        };
        for (const [key, row] of rows) {
          if (key.startsWith('general_budget_expenditure') || key.startsWith('expenditure_summary')) check(key, row, 'total', ['basic', 'project']);
          if (key.startsWith('general_budget_expenditure') || key.startsWith('general_budget_basic')) {
            if (row.has('personnel') || row.has('public_funds')) check(key, row, key.startsWith('general_budget_basic') ? 'total' : 'basic', ['personnel', 'public_funds']);
          }
          if (row.has('personnel_wages')) check(key, row, 'basic', ['personnel_wages', 'personnel_household', 'public_funds_goods', 'public_funds_capital']);
          if (row.has('project_operating') || row.has('project_specific')) check(key, row, 'project', ['project_operating', 'project_specific']);
        }
      }
    });

    it(`style ${style}: headline figures agree with each other`, () => {
      for (const seed of SEEDS) {
        const { expected } = generateDisclosure(style, seed);
        const d = expected.document;
        const wan = d.printed_unit === '万元';
        expect(d.income_total).not.toBeNull();
        expect(d.income_total).toBe(d.expenditure_total);
        expect(near(new Decimal(d.basic_total!).plus(d.project_total!), d.expenditure_total!, tolerance(wan, 2))).toBe(true);
        if (d.personnel_total) expect(near(new Decimal(d.personnel_total).plus(d.public_funds_total!), d.basic_total!, tolerance(wan, 2))).toBe(true);
        const items = new Decimal(d.three_public_overseas!).plus(d.three_public_reception!).plus(d.three_public_vehicle_purchase!).plus(d.three_public_vehicle_operation!);
        expect(near(items, d.three_public_total!, tolerance(wan, 4))).toBe(true);
        if (style === 'D') expect(d.staff_authorized).toBeGreaterThan(0);
        else expect(d.department_code).toMatch(/^\d{3}$/);
      }
    });

    it(`style ${style}: projects carry amounts and indicators name their project`, () => {
      for (const seed of SEEDS) {
        const { expected, spec } = generateDisclosure(style, seed);
        expect(expected.projects).toHaveLength(spec.projects.length);
        for (const p of expected.projects) expect(p.amount_yuan).toMatch(/^\d+\.\d{2}$/);
        const names = new Set(expected.projects.map((p) => p.name));
        for (const i of expected.indicators) if (i.project !== null) expect(names.has(i.project)).toBe(true);
        if (style === 'A' || style === 'B' || style === 'C') for (const p of expected.projects) expect(p.code).toMatch(/^[0-9A-Z]{21}$/);
      }
    });
  }

  it('the same subject agrees across tables', () => {
    for (const seed of SEEDS) {
      const { expected } = generateDisclosure('C', seed);
      const total = (table: string, measure: string) => byCode(expected.budget_lines.filter((l) => l.table === table && l.measure === measure));
      const all = total('expenditure_summary', 'total');
      const general = total('general_budget_expenditure', 'total');
      const income = total('income_summary', 'total');
      for (const [code, amount] of all) {
        expect(general.get(code)?.toFixed(2)).toBe(amount.toFixed(2));
        expect(income.get(code)?.toFixed(2)).toBe(amount.toFixed(2));
      }
    }
  });
});
