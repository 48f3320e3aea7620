/** Performance indicators (绩效指标) of projects and departments, phrased like real 绩效目标表. */
import type { Random } from '../random.ts';
import type { ProjectTemplate } from './departments.ts';

export type Operator = '≥' | '≤' | '=' | '>' | '<';

export interface IndicatorSpec {
  level1: string;
  level2: string;
  level3: string;
  /** null for qualitative targets ("显著提升") and bare figures ("100%"). */
  operator: Operator | null;
  value: string;
  unit: string | null;
  weight: number;
}

type Make = (rng: Random, work: string, countUnit: string, costWan: string) => Omit<IndicatorSpec, 'level1' | 'level2' | 'weight'>;

const q = (level3: string, operator: Operator | null, value: string, unit: string | null) => ({ level3, operator, value, unit });

const QUANTITY: Make[] = [
  (r, w, u) => q(`完成${w}数量`, '≥', String(r.pick([4, 6, 10, 12, 20, 30, 50, 100, 365])), u),
  (r, w, u) => q(`${w}覆盖单位数量`, '≥', String(r.int(10, 60)), '个'),
  (r) => q('保障人数', '≥', String(r.int(20, 60)), '人'),
  (r, w, u) => q(`${w}次数`, '≥', String(r.int(2, 24)), u === '天' ? '次' : u),
];
const QUALITY: Make[] = [
  (r, w) => q(`${w}完成率`, '≥', String(r.pick([90, 95, 98])), '%'),
  () => q('资金支付合规率', '=', '100', '%'),
  (r, w) => q(`${w}达标率`, '≥', String(r.pick([95, 98, 99])), '%'),
];
const TIMELINESS: Make[] = [
  (r, w) => q(`${w}完成及时率`, '=', '100', '%'),
  (r) => q('公文流转办结时限', '≤', String(r.pick([3, 5])), '工作日'),
  (r) => q('应急事件响应时间', '≤', String(r.pick([15, 30])), '分钟'),
  () => q('资金支付时间', null, '10月底之前', null),
];
const COST: Make[] = [
  (r, w, u, cost) => q('总成本控制', '≤', cost, '万元'),
  (r, w, u, cost) => q(`${w}成本`, '≤', cost, '万元'),
];
const SOCIAL: Make[] = [
  (r, w) => q(`${w}保障率`, '≥', String(r.pick([95, 98])), '%'),
  () => q('提升应急处置能力', null, '显著提升', null),
  (r) => q('社会知晓率', '≥', String(r.pick([80, 85, 90])), '%'),
];
const SUSTAIN: Make[] = [
  (r) => q('项目持续发挥作用期限', '≥', String(r.pick([1, 3, 5])), '年'),
  () => q('长效工作机制', null, '逐步健全', null),
];
const SATISFACTION: Make[] = [
  (r) => q('服务对象满意度', '≥', String(r.pick([85, 90, 95, 98])), '%'),
  (r) => q('群众满意度', '≥', String(r.pick([90, 95])), '%'),
];

function one(rng: Random, pool: Make[], template: ProjectTemplate, costWan: string, level1: string, level2: string): IndicatorSpec {
  return { level1, level2, weight: 0, ...rng.pick(pool)(rng, template.work, template.countUnit, costWan) };
}

/** Indicators of one project: outputs, cost, effects, satisfaction, with weights summing to 90 (执行率 takes 10). */
export function projectIndicators(rng: Random, template: ProjectTemplate, costWan: string): IndicatorSpec[] {
  const out: IndicatorSpec[] = [
    one(rng, QUANTITY, template, costWan, '产出指标', '数量指标'),
    one(rng, QUALITY, template, costWan, '产出指标', '质量指标'),
    one(rng, TIMELINESS, template, costWan, '产出指标', '时效指标'),
  ];
  if (rng.chance(0.4)) out.splice(1, 0, one(rng, QUANTITY, template, costWan, '产出指标', '数量指标'));
  out.push(one(rng, COST, template, costWan, '成本指标', '经济成本指标'));
  out.push(one(rng, SOCIAL, template, costWan, '效益指标', '社会效益指标'));
  if (rng.chance(0.5)) out.push(one(rng, SUSTAIN, template, costWan, '效益指标', '可持续影响指标'));
  out.push(one(rng, SATISFACTION, template, costWan, '满意度指标', '服务对象满意度指标'));
  // The same level3 twice reads oddly; keep the first.
  const seen = new Set<string>();
  const unique = out.filter((i) => !seen.has(i.level3) && seen.add(i.level3));
  const weights = spreadWeights(rng, unique.length, 90);
  return unique.map((i, k) => ({ ...i, weight: weights[k] }));
}

/** Weights in steps of 5 summing to `total`. */
function spreadWeights(rng: Random, n: number, total: number): number[] {
  const weights = Array.from({ length: n }, () => 5);
  let left = total - 5 * n;
  while (left > 0) {
    weights[rng.int(0, n - 1)] += 5;
    left -= 5;
  }
  return weights;
}

export interface DepartmentGoal {
  activity: string;
  task: string;
  indicator: IndicatorSpec;
}

/** Department-wide goals (部门整体绩效目标): activities, tasks and their indicators. */
export function departmentGoals(rng: Random, works: readonly string[]): DepartmentGoal[] {
  const goals: DepartmentGoal[] = [];
  const picked = rng.sample(works, Math.min(4, works.length));
  picked.forEach((work, i) => {
    const activity = `${String(i + 1).padStart(2, '0')}-${work}工作/01-${work}工作`;
    const tasks = rng.int(1, 2);
    for (let t = 0; t < tasks; t++) {
      const output = t === 0;
      const make = output ? rng.pick(QUANTITY) : rng.pick(SOCIAL);
      const spec = make(rng, work, '次', '0');
      goals.push({
        activity,
        task: output ? `做好${work}工作` : `提升${work}质量`,
        indicator: { level1: output ? '产出指标' : '效益指标', level2: output ? '数量指标' : '社会效益指标', weight: 10, ...spec },
      });
    }
  });
  return goals;
}
