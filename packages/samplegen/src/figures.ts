/**
 * Draws the figures of one department's budget as atoms (see spec.ts): staff costs scaled by
 * head count, running costs, projects split over economic subjects. Amounts that real
 * disclosures print as round sums (projects, 公用经费 items, “三公”) are whole hundreds of 元;
 * staff costs carry 分, so 万元 tables show the rounding differences real ones do.
 */
import { DEPARTMENTS, departmentByKey, type DepartmentProfile, type ProjectTemplate } from './catalog/departments.ts';
import { departmentGoals, projectIndicators } from './catalog/indicators.ts';
import { HOME_CITY, PLACES, placeByKey, countyStem, type Place } from './catalog/places.ts';
import { Ledger } from './ledger.ts';
import { wanTrimmed } from './money-format.ts';
import { PRESETS, type Preset } from './presets.ts';
import type { Random } from './random.ts';
import type { Atom, BudgetUnit, Cents, PriorYear, ProjectSpec, Spec, Staff, Style } from './spec.ts';

/** Projects any department may run besides its own kind's. */
const GENERIC_PROJECTS: readonly ProjectTemplate[] = [
  { name: '办公经费—其他', func: 'general', econ: ['30201', '30299'], category: '其他运转类', work: '办公保障', countUnit: '次' },
  { name: '办公经费—差旅费', func: 'general', econ: ['30211'], category: '其他运转类', work: '公务出差', countUnit: '人次' },
  { name: '办公经费—会议费', func: 'general', econ: ['30215'], category: '其他运转类', work: '会议保障', countUnit: '次' },
  { name: '聘用人员经费', func: 'general', econ: ['30226'], category: '其他运转类', work: '聘用人员保障', countUnit: '人' },
  { name: '信息化运维经费', func: 'general', econ: ['30213', '30227'], category: '特定目标类', work: '系统运维', countUnit: '次' },
  { name: '档案数字化经费', func: 'general', econ: ['30227'], category: '特定目标类', work: '档案数字化', countUnit: '卷' },
];

const yuan = (n: number): Cents => n * 100;
const hundreds = (rng: Random, lo: number, hi: number): Cents => yuan(rng.int(lo, hi) * 100);
/** A staff cost: head count × a per-head rate, with 分 where real payrolls have them. */
const payroll = (rng: Random, heads: number, lo: number, hi: number, withCents: boolean): Cents =>
  yuan(heads * rng.int(lo, hi)) + (withCents ? rng.int(0, 99) : 0);
const share = (base: Cents, rate: number): Cents => Math.round(base * rate);

interface UnitPlan {
  unit: BudgetUnit;
  heads: number;
  retired: number;
  vehicles: number;
}

function basicAtoms(rng: Random, plan: UnitPlan, profile: DepartmentProfile, style: Style): Atom[] {
  const admin = plan.unit.kind === 'admin';
  const run = admin ? profile.run : profile.institutionRun;
  const medical = admin ? '2101101' : '2101102';
  const retire = admin ? '2080501' : '2080502';
  const heads = plan.heads;
  const items: Array<[string, string, Cents]> = [];
  const add = (econ: string, func: string, cents: Cents): void => {
    if (cents > 0) items.push([econ, func, cents]);
  };

  const base = payroll(rng, heads, 30000, 60000, false);
  const allowance = payroll(rng, heads, 36000, 72000, true);
  const bonus = admin ? Math.round(base / 12) * rng.int(10, 15) / 10 : 0;
  const performance = !admin || style === 'C' || rng.chance(0.4) ? payroll(rng, heads, 6000, 30000, true) : 0;
  const wages = base + allowance + Math.round(bonus) + performance;
  add('30101', run, base);
  add('30102', run, allowance);
  add('30103', run, Math.round(bonus));
  add('30107', run, performance);
  add('30108', '2080505', share(wages, 0.16));
  if (style === 'C' || rng.chance(0.6)) add('30109', '2080506', share(wages, 0.08));
  add('30110', medical, share(wages, rng.int(60, 80) / 1000));
  if (admin) add('30111', medical, share(wages, rng.int(35, 55) / 1000));
  add('30112', run, share(wages, rng.int(5, 10) / 1000));
  add('30113', '2210201', share(wages, 0.12));
  if (rng.chance(0.3)) add('30199', run, payroll(rng, heads, 1000, 6000, true));
  if (plan.retired > 0) add('30302', retire, payroll(rng, plan.retired, 3000, 9000, true));
  if (rng.chance(0.5)) add('30309', run, yuan(rng.int(2, 30) * 60));
  if (rng.chance(0.4)) add('30399', run, yuan(rng.int(500, 3000)));

  add('30201', run, yuan(heads * rng.int(8, 30) * 100));
  if (rng.chance(0.6)) add('30202', run, hundreds(rng, 20, 400));
  if (rng.chance(0.3)) add('30204', run, hundreds(rng, 1, 10));
  if (rng.chance(0.3)) add('30205', run, hundreds(rng, 10, 80));
  if (rng.chance(0.4)) add('30206', run, hundreds(rng, 20, 200));
  add('30207', run, hundreds(rng, 20, 300));
  if (rng.chance(0.3)) add('30209', run, hundreds(rng, 100, 800));
  add('30211', run, hundreds(rng, 20, 400));
  if (rng.chance(0.6)) add('30213', run, hundreds(rng, 20, 300));
  if (rng.chance(0.3)) add('30216', run, hundreds(rng, 5, 50));
  if (admin && rng.chance(0.6)) add('30217', run, hundreds(rng, 5, 150));
  if (admin && rng.chance(0.08)) add('30212', run, hundreds(rng, 100, 500));
  add('30228', run, share(wages, 0.02));
  add('30229', run, yuan(heads * rng.int(1, 4) * 100));
  if (plan.vehicles > 0) add('30231', run, yuan(plan.vehicles * rng.int(150, 450) * 100));
  add('30239', run, yuan(heads * rng.int(60, 160) * 100));
  add('30299', run, hundreds(rng, 20, 600));
  if (rng.chance(0.5)) add('31002', run, hundreds(rng, 10, 100));
  if (admin && plan.vehicles > 0 && rng.chance(0.08)) add('31013', run, yuan(rng.int(120, 250) * 1000));

  return items.map(([econ, func, cents]) => ({ unit: plan.unit.code, func, econ, nature: 'basic', fund: 'general', project: null, cents }));
}

/** A project's amount: mostly tens of thousands of 元, some small, a few large. */
function projectAmount(rng: Random): Cents {
  const tier = rng.next();
  if (tier < 0.3) return hundreds(rng, 30, 300);
  if (tier < 0.85) return hundreds(rng, 300, 3000);
  return hundreds(rng, 3000, 12000);
}

/** Splits `cents` (whole hundreds of 元) into `parts` positive whole hundreds. */
function splitHundreds(rng: Random, cents: Cents, parts: number): Cents[] {
  const units = cents / 10000;
  const n = Math.max(1, Math.min(parts, units));
  const cuts = new Set<number>();
  while (cuts.size < n - 1) cuts.add(rng.int(1, units - 1));
  const points = [0, ...[...cuts].sort((a, b) => a - b), units];
  return points.slice(1).map((p, i) => (p - points[i]) * 10000);
}

function projectCode(rng: Random, style: Style, place: Place, year: number, index: number): string | null {
  const yy = String((year - rng.int(0, 2)) % 100).padStart(2, '0');
  switch (style) {
    case 'A':
      return `${place.regionCode.slice(0, 4)}03${yy}T${String(rng.int(100000, 999999)).padStart(12, '0')}`;
    case 'B':
      return `${place.regionCode}${yy}${String(rng.int(7000, 15000) + index).padStart(13, '0')}`;
    case 'C':
      return `${place.regionCode}${yy}P${String(rng.int(1000000, 99999999)).padStart(11, '0')}${rng.pick(['U', 'B', 'M', 'L', 'H', '1', '7'])}`;
    case 'D':
      return null;
  }
}

function projectCount(rng: Random, style: Style): number {
  switch (style) {
    case 'A': return rng.int(2, 5);
    case 'B': return rng.int(7, 14);
    case 'C': return rng.int(5, 9);
    case 'D': return rng.int(2, 5);
  }
}

function drawProjects(rng: Random, spec: { style: Style; place: Place; year: number; profile: DepartmentProfile }, units: BudgetUnit[]): { projects: ProjectSpec[]; atoms: Atom[] } {
  const { style, place, year, profile } = spec;
  const pool = [...profile.projects, ...GENERIC_PROJECTS.filter((g) => !profile.projects.some((p) => p.name === g.name))];
  // Poverty-relief subjects only exist from 2021 on.
  const usable = pool.filter((t) => !(t.func.startsWith('21305') && year < 2021));
  const templates = rng.sample(usable, projectCount(rng, style));
  // Style A prints a 政府购买服务预算表; give it at least one service where the department buys any.
  const services = usable.filter((t) => t.purchased && !templates.includes(t));
  if (style === 'A' && !templates.some((t) => t.purchased) && services.length) templates[templates.length - 1] = rng.pick(services);
  const projects: ProjectSpec[] = [];
  const atoms: Atom[] = [];
  templates.forEach((template, i) => {
    const unit = units.length > 1 && rng.chance(0.25) ? units[1] : units[0];
    const func = template.func === 'general' ? profile.general : template.func;
    const cents = template.econ.includes('30217') ? hundreds(rng, 20, 150) : projectAmount(rng);
    const id = `P${i + 1}`;
    const name = template.name.replace('{stem}', countyStem(place.county));
    const parts = splitHundreds(rng, cents, rng.int(1, template.econ.length));
    parts.forEach((part, k) => atoms.push({ unit: unit.code, func, econ: template.econ[k], nature: 'project', fund: 'general', project: id, cents: part }));
    const costWan = wanTrimmed(cents);
    projects.push({
      id,
      code: projectCode(rng, style, place, year, i),
      name,
      unit: unit.code,
      category: template.category,
      func,
      template,
      cents,
      goal: `保障${template.work}工作顺利开展，按时完成${year}年度${template.work}各项任务。`,
      indicators: projectIndicators(rng, template, costWan),
    });
  });
  return { projects, atoms };
}

/** Moves part of some running costs and one project onto the unit's own funds (单位资金). */
function moveToUnitFunds(rng: Random, atoms: Atom[]): Atom[] {
  const threePublic = new Set(['30212', '31013', '30231', '30217']);
  const candidates = atoms
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => a.econ.startsWith('302') && !threePublic.has(a.econ) && a.cents >= 200000 && a.cents % 10000 === 0);
  const chosen = new Set(rng.sample(candidates, rng.int(2, 4)).map(({ i }) => i));
  const out: Atom[] = [];
  atoms.forEach((atom, i) => {
    if (!chosen.has(i)) {
      out.push(atom);
      return;
    }
    const moved = Math.round((atom.cents / 10000) * rng.int(30, 60) / 100) * 10000;
    out.push({ ...atom, cents: atom.cents - moved });
    out.push({ ...atom, fund: 'unit', cents: moved });
  });
  return out;
}

function drift(rng: Random, cents: Cents, spread: number): Cents {
  return Math.round((cents * (1 + (rng.next() * 2 - 1) * spread)) / 10000) * 10000;
}

function priorYear(rng: Random, ledger: Ledger): PriorYear {
  const byClass: Record<string, Cents> = {};
  for (const [code, child] of ledger.byFunc(3)) byClass[code] = drift(rng, child.sum(), 0.12);
  const tp = ledger.threePublic();
  const keepZero = (c: Cents): Cents => (c === 0 ? (rng.chance(0.2) ? hundreds(rng, 10, 200) : 0) : drift(rng, c, 0.3));
  const basic = drift(rng, ledger.basic().sum(), 0.1);
  const project = drift(rng, ledger.project().sum(), 0.25);
  return {
    total: basic + project,
    basic,
    project,
    byClass,
    threePublic: { overseas: keepZero(tp.overseas), vehiclePurchase: keepZero(tp.vehiclePurchase), vehicleOperation: keepZero(tp.vehicleOperation), reception: keepZero(tp.reception) },
    operatingFunds: drift(rng, ledger.publicFunds().general().sum(), 0.1),
  };
}

function randomPreset(rng: Random, style: Style): Preset {
  const home = PLACES.filter((p) => p.citySlug === HOME_CITY[style]);
  const place = rng.chance(0.5) ? rng.pick(home) : rng.pick(PLACES);
  return {
    place: place.key,
    department: rng.pick(DEPARTMENTS).key,
    year: rng.int(2019, 2026),
    departmentCode: style === 'D' ? null : String(rng.int(101, 460)),
    institution: (style === 'A' || style === 'B') && rng.chance(0.3),
    unitFunds: style === 'A' && rng.chance(0.4),
    variant: rng.int(0, 1),
  };
}

export function slugOf(style: Style, seed: number, place: Place, year: number): string {
  return `${style}-${seed}-${place.citySlug}-${place.countySlug}-${year}`;
}

export interface FigureOptions {
  /**
   * Every amount a whole hundred 元 (0.01 万元), as budget systems that work in 万元 print
   * them: 万元 tables then sum exactly, with no rounding gaps (like the real Jiangsu files).
   */
  wholeHundreds?: boolean;
}

const toWholeHundreds = (atoms: Atom[]): Atom[] =>
  atoms.map((a) => ({ ...a, cents: Math.round(a.cents / 10000) * 10000 })).filter((a) => a.cents > 0);

/** Builds the full truth of one disclosure from a style and a seed. */
export function buildSpec(style: Style, seed: number, rng: Random, options: FigureOptions = {}): Spec {
  const preset = PRESETS[style][seed] ?? randomPreset(rng.fork('preset'), style);
  const place = placeByKey(preset.place);
  const profile = departmentByKey(preset.department);
  const department = profile.name(place);
  const codeBase = preset.departmentCode ?? '101';
  const units: BudgetUnit[] = [{ code: `${codeBase}001`, name: department, kind: 'admin', own: true }];
  if (preset.institution) units.push({ code: `${codeBase}002`, name: profile.institutionName(place), kind: 'institution', own: false });

  const r = rng.fork('figures');
  const authorizedAdmin = r.int(8, 40);
  const actualAdmin = Math.max(5, authorizedAdmin - r.int(0, 3));
  const authorizedInstitution = preset.institution ? r.int(4, 15) : 0;
  const actualInstitution = preset.institution ? Math.max(2, authorizedInstitution - r.int(0, 2)) : 0;
  const staff: Staff = {
    authorized: authorizedAdmin + authorizedInstitution,
    authorizedAdmin,
    authorizedInstitution,
    actual: actualAdmin + actualInstitution,
    actualAdmin,
    actualInstitution,
    retired: r.int(0, 15),
  };
  const plans: UnitPlan[] = [{ unit: units[0], heads: actualAdmin, retired: staff.retired, vehicles: r.int(0, 4) }];
  if (preset.institution) plans.push({ unit: units[1], heads: actualInstitution, retired: r.int(0, 3), vehicles: 0 });

  let atoms = plans.flatMap((plan) => basicAtoms(r, plan, profile, style));
  const drawn = drawProjects(r.fork('projects'), { style, place, year: preset.year, profile }, units);
  atoms.push(...drawn.atoms);
  if (preset.unitFunds) atoms = moveToUnitFunds(r.fork('unit-funds'), atoms);
  if (options.wholeHundreds) atoms = toWholeHundreds(atoms);

  const ledger = new Ledger(atoms);
  const works = [...new Set([...drawn.projects.map((p) => p.template.work), '公文办理', '督查督办'])];
  return {
    id: slugOf(style, seed, place, preset.year),
    style,
    seed,
    year: preset.year,
    place,
    profile,
    department,
    departmentCode: preset.departmentCode,
    units,
    staff,
    atoms,
    projects: drawn.projects,
    unitFundsIncome: preset.institution ? 'business_income' : 'other_income',
    prior: priorYear(r.fork('prior'), ledger),
    departmentGoals: departmentGoals(r.fork('goals'), works),
    variant: preset.variant,
  };
}
