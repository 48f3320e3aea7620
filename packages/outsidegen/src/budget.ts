/**
 * The budget behind one synthetic disclosure, in 元 cents (integers), built so that every accounting
 * identity of a real 部门预算 holds: 项 → 款 → 类 → 合计, 合计 = 基本 + 项目, 基本 = 人员 + 公用,
 * income = expenditure, and the same subject agrees across tables.
 */
import { Rng } from './rng.ts';

export type Fund = 'gb' | 'gf';
export type Category = '其他运转类' | '特定目标类';

export interface Place { province: string; city: string; county: string }

export interface EconLine { code: string; name: string; cents: number; cls: 'personnel' | 'public'; leaf: string }

export interface Project {
  name: string;
  code: string | null;
  category: Category;
  fund: Fund;
  leaf: string;
  econ: string;
  cents: number;
  /** the budget unit that runs the project (hard mode, several units) */
  unitCode?: string;
  unitName?: string;
}

export interface LeafAgg {
  code: string;
  name: string;
  wages: number; household: number; goods: number; capital: number; // basic, general budget
  operating: number; specific: number; // projects, general budget
  gfOperating: number; gfSpecific: number; // projects, government funds
}

export interface Budget {
  year: number;
  place: Place;
  department: string;
  deptShort: string;
  deptCode: string;
  unitCode: string;
  unitName: string;
  deptType: string;
  duties: string[];
  offices: string[];
  staffAuthorized: number;
  staffActual: number;
  staffRetired: number;
  basicEcon: EconLine[];
  projects: Project[];
  leaves: LeafAgg[];
  /** function subjects: code → name (类, 款, 项) */
  fnNames: Map<string, string>;
  econNames: Map<string, string>;
  threePublic: { overseas: number; vehiclePurchase: number; vehicleOperation: number; reception: number };
  priorThreePublic: { overseas: number; vehiclePurchase: number; vehicleOperation: number; reception: number };
  priorTotal: number;
  vehicles: number;
  procurement: number;
}

export const CLASS_NAMES: Array<[string, string]> = [
  ['201', '一般公共服务支出'], ['202', '外交支出'], ['203', '国防支出'], ['204', '公共安全支出'], ['205', '教育支出'],
  ['206', '科学技术支出'], ['207', '文化旅游体育与传媒支出'], ['208', '社会保障和就业支出'], ['209', '社会保险基金支出'],
  ['210', '卫生健康支出'], ['211', '节能环保支出'], ['212', '城乡社区支出'], ['213', '农林水支出'], ['214', '交通运输支出'],
  ['215', '资源勘探工业信息等支出'], ['216', '商业服务业等支出'], ['217', '金融支出'], ['219', '援助其他地区支出'],
  ['220', '自然资源海洋气象等支出'], ['221', '住房保障支出'], ['222', '粮油物资储备支出'], ['223', '国有资本经营预算支出'],
  ['224', '灾害防治及应急管理支出'], ['227', '预备费'], ['229', '其他支出'], ['230', '转移性支出'], ['231', '债务还本支出'],
  ['232', '债务付息支出'], ['233', '债务发行费用支出'], ['234', '抗疫特别国债安排的支出'],
];

const FN: Record<string, string> = {
  '201': '一般公共服务支出', '20103': '政府办公厅（室）及相关机构事务', '2010301': '行政运行', '2010302': '一般行政管理事务',
  '2010350': '事业运行', '2010399': '其他政府办公厅（室）及相关机构事务支出',
  '20106': '财政事务', '2010601': '行政运行', '2010602': '一般行政管理事务', '2010607': '信息化建设', '2010608': '财政委托业务支出',
  '20131': '党委办公厅（室）及相关机构事务', '2013101': '行政运行', '2013102': '一般行政管理事务', '2013105': '专项业务',
  '207': '文化旅游体育与传媒支出', '20701': '文化和旅游', '2070101': '行政运行', '2070102': '一般行政管理事务',
  '2070109': '群众文化', '2070199': '其他文化和旅游支出',
  '208': '社会保障和就业支出', '20805': '行政事业单位养老支出', '2080501': '行政单位离退休', '2080505': '机关事业单位基本养老保险缴费支出',
  '2080506': '机关事业单位职业年金缴费支出', '210': '卫生健康支出', '21011': '行政事业单位医疗', '2101101': '行政单位医疗',
  '2101103': '公务员医疗补助', '211': '节能环保支出', '21103': '污染防治', '2110301': '大气',
  '212': '城乡社区支出', '21201': '城乡社区管理事务', '2120101': '行政运行', '2120102': '一般行政管理事务', '2120104': '城管执法',
  '2120199': '其他城乡社区管理事务支出', '21208': '国有土地使用权出让收入安排的支出', '2120899': '其他国有土地使用权出让收入安排的支出',
  '213': '农林水支出', '21305': '巩固拓展脱贫攻坚成果衔接乡村振兴', '2130599': '其他巩固拓展脱贫攻坚成果衔接乡村振兴支出',
  '221': '住房保障支出', '22102': '住房改革支出', '2210201': '住房公积金',
  '224': '灾害防治及应急管理支出', '22401': '应急管理事务', '2240101': '行政运行', '2240102': '一般行政管理事务',
  '2240106': '安全监管', '2240108': '应急救援',
};

export const ECON: Record<string, string> = {
  '301': '工资福利支出', '30101': '基本工资', '30102': '津贴补贴', '30103': '奖金', '30107': '绩效工资',
  '30108': '机关事业单位基本养老保险缴费', '30109': '职业年金缴费', '30110': '职工基本医疗保险缴费', '30111': '公务员医疗补助缴费',
  '30112': '其他社会保障缴费', '30113': '住房公积金', '30199': '其他工资福利支出',
  '302': '商品和服务支出', '30201': '办公费', '30202': '印刷费', '30205': '水费', '30206': '电费', '30207': '邮电费',
  '30211': '差旅费', '30212': '因公出国（境）费用', '30213': '维修（护）费', '30215': '会议费', '30216': '培训费',
  '30217': '公务接待费', '30226': '劳务费', '30227': '委托业务费', '30228': '工会经费', '30229': '福利费',
  '30231': '公务用车运行维护费', '30239': '其他交通费用', '30299': '其他商品和服务支出',
  '303': '对个人和家庭的补助', '30302': '退休费', '30305': '生活补助', '30309': '奖励金', '30399': '其他对个人和家庭的补助',
  '310': '资本性支出', '31002': '办公设备购置', '31007': '信息网络及软件购置更新', '31013': '公务用车购置',
};

/** 政府预算支出经济分类 counterpart of a 部门预算 economic code (style B prints both). */
export const GOV_ECON: Record<string, [string, string]> = {
  '30101': ['50101', '工资奖金津补贴'], '30102': ['50101', '工资奖金津补贴'], '30103': ['50101', '工资奖金津补贴'],
  '30107': ['50101', '工资奖金津补贴'], '30108': ['50102', '社会保障缴费'], '30109': ['50102', '社会保障缴费'],
  '30110': ['50102', '社会保障缴费'], '30111': ['50102', '社会保障缴费'], '30112': ['50102', '社会保障缴费'],
  '30113': ['50103', '住房公积金'], '30199': ['50199', '其他工资福利支出'],
  '30201': ['50201', '办公经费'], '30202': ['50201', '办公经费'], '30205': ['50201', '办公经费'], '30206': ['50201', '办公经费'],
  '30207': ['50201', '办公经费'], '30211': ['50201', '办公经费'], '30212': ['50204', '因公出国（境）费用'],
  '30213': ['50209', '维修（护）费'], '30215': ['50202', '会议费'], '30216': ['50203', '培训费'], '30217': ['50206', '公务接待费'],
  '30226': ['50205', '委托业务费'], '30227': ['50205', '委托业务费'], '30228': ['50201', '办公经费'], '30229': ['50201', '办公经费'],
  '30231': ['50208', '公务用车运行维护费'], '30239': ['50201', '办公经费'], '30299': ['50299', '其他商品和服务支出'],
  '30302': ['50905', '离退休费'], '30305': ['50901', '社会福利和救助'], '30309': ['50901', '社会福利和救助'],
  '30399': ['50999', '其他对个人和家庭的补助'], '31002': ['50306', '设备购置'], '31007': ['50306', '设备购置'],
  '31013': ['50306', '设备购置'],
};

interface DeptType {
  key: string;
  name: (p: Place) => string;
  short: string;
  main: string; // 行政运行 leaf
  admin: string; // 一般行政管理事务 leaf
  specials: string[];
  projects: string[];
  duties: string[];
  offices: string[];
}

const DEPT_TYPES: DeptType[] = [
  {
    key: 'gov', name: (p) => `${p.city}${p.county}人民政府办公室`, short: '区政府办', main: '2010301', admin: '2010302', specials: ['2010399', '2010350'],
    projects: ['政府工作性经费', '政府值班室相关费用', '网站及政务新媒体内容及安全监测服务', '政务公开与信息公开工作经费', '12345政务服务便民热线工作经费', '区志编纂印刷经费', '信息化建设维护费', '会议室视频会议系统改造', '法律顾问服务费', '机关事务管理经费', '政府会议费', '督查考核工作经费', '国防动员工作经费', '档案数字化管理经费'],
    duties: ['负责区政府会议的筹备和组织协调工作，协助区政府领导同志组织实施会议决定事项。', '协助区政府领导同志组织起草或审核以区政府、区政府办公室名义发布的公文。', '研究区政府各部门、各街道办事处请示区政府的事项，提出审核意见，报区政府领导同志决定。', '督促检查区政府各部门对区政府公文、会议决定事项及区政府领导同志指示的执行落实情况。', '负责区政府值班工作，及时报告重要情况，传达和督促落实区政府领导同志指示。', '负责推进、指导、协调、监督全区政务公开和政府信息公开工作。', '组织办理人大代表建议和政协委员提案。', '完成区委、区政府交办的其他任务。'],
    offices: ['文字综合科', '秘书科', '督查科', '信息科', '行政事务科', '总值班室'],
  },
  {
    key: 'fin', name: (p) => `${p.city}${p.county}财政局`, short: '区财政局', main: '2010601', admin: '2010602', specials: ['2010607', '2010608'],
    projects: ['财政投资评审经费', '预算绩效评价第三方服务费', '财政信息化运行维护经费', '非税收入征管经费', '国有资产清查经费', '政府采购监管经费', '会计管理工作经费', '财政监督检查经费', '债务管理系统运维费', '预算编制审核工作经费'],
    duties: ['贯彻执行国家财税方针政策，拟订全区财政发展规划和年度计划。', '负责编制年度区级预决算草案并组织执行，受区政府委托向区人民代表大会报告预算执行情况。', '负责管理区级各项财政收入，负责政府非税收入管理。', '负责政府采购监督管理工作。', '负责管理区级财政国库集中收付工作。', '负责区级国有资产管理工作。', '负责组织实施全区预算绩效管理工作。', '完成区委、区政府交办的其他任务。'],
    offices: ['办公室', '预算科', '国库科', '综合科', '绩效管理科', '政府采购科'],
  },
  {
    key: 'party', name: (p) => `${p.city}${p.county}委办公室`, short: '区委办', main: '2013101', admin: '2013102', specials: ['2013105'],
    projects: ['区委总值班工作', '业务工作经费', '督查信息工作', '调研工作经费', '区委国安工作', '民声通道工作', '机要保密工作经费', '党建工作经费'],
    duties: ['承担区委工作计划、总结、报告和区委重要文稿的起草工作。', '负责中央、省委、市委和区委各项方针政策、重要工作部署贯彻落实的督促检查。', '负责区委日常来往公文的处理和区委、区委办公室文件的起草、审核、印制、分发、归档工作。', '负责区委有关会议的会务工作，协调安排区委领导日常活动。', '负责同级党政领导机关的密码业务管理和机要文件管理。', '负责全区的保密工作。', '完成区委、区委领导交办的其他任务。'],
    offices: ['综合科', '秘书科', '督查室', '信息科', '机要科', '保密办'],
  },
  {
    key: 'culture', name: (p) => `${p.city}${p.county}文化和旅游局`, short: '区文旅局', main: '2070101', admin: '2070102', specials: ['2070109', '2070199'],
    projects: ['群众文化活动经费', '非物质文化遗产保护经费', '公共文化服务体系建设', '文化市场综合执法经费', '旅游宣传推广经费', '全民阅读推广活动', '文物安全巡查经费', '送戏下乡惠民演出'],
    duties: ['贯彻落实党的文化工作方针政策，研究拟订全区文化和旅游政策措施。', '统筹规划全区文化事业、文化产业和旅游业发展。', '管理全区重大文化活动，指导重点文化设施建设。', '负责全区公共文化服务体系建设。', '负责全区非物质文化遗产保护工作。', '指导全区文化市场综合执法。', '完成区委、区政府交办的其他任务。'],
    offices: ['办公室', '公共服务科', '产业发展科', '市场管理科', '文物科'],
  },
  {
    key: 'urban', name: (p) => `${p.city}${p.county}城市管理局`, short: '区城管局', main: '2120101', admin: '2120102', specials: ['2120104', '2120199'],
    projects: ['城市管理综合执法经费', '市容环境整治经费', '户外广告规范整治', '数字城管平台运维经费', '违法建设治理经费', '环卫设施维护经费', '城市照明维护经费', '执法装备购置'],
    duties: ['贯彻执行国家、省、市有关城市管理的法律法规和方针政策。', '负责全区市容市貌、环境卫生的监督管理工作。', '负责全区城市管理综合行政执法工作。', '负责全区户外广告设置的监督管理。', '负责数字化城市管理平台的建设和运行。', '完成区委、区政府交办的其他任务。'],
    offices: ['办公室', '市容科', '环卫科', '执法监督科', '数字城管中心'],
  },
  {
    key: 'emergency', name: (p) => `${p.city}${p.county}应急管理局`, short: '区应急局', main: '2240101', admin: '2240102', specials: ['2240106', '2240108'],
    projects: ['安全生产监管执法经费', '应急救援物资储备', '应急值守工作经费', '安全生产宣传教育', '防汛抗旱工作经费', '应急指挥平台运维', '危险化学品专项检查', '森林防灭火工作经费'],
    duties: ['负责全区应急管理工作，指导各部门应对安全生产类、自然灾害类等突发事件。', '组织编制全区应急体系建设、安全生产和综合防灾减灾规划。', '指导全区应急预案体系建设。', '依法行使全区安全生产综合监督管理职权。', '负责全区应急救援物资的储备和调度。', '完成区委、区政府交办的其他任务。'],
    offices: ['办公室', '应急指挥科', '安全生产监督管理科', '防灾减灾科', '执法大队'],
  },
];

export const PLACES: Record<'A' | 'B' | 'C' | 'D', Array<Place>> = {
  A: ['西岗区', '中山区', '沙河口区', '甘井子区'].map((county) => ({ province: '辽宁省', city: '大连市', county })),
  B: [
    ...['西工区', '老城区', '涧西区'].map((county) => ({ province: '河南省', city: '洛阳市', county })),
    ...['江岸区', '江汉区', '硚口区'].map((county) => ({ province: '湖北省', city: '武汉市', county })),
  ],
  C: ['桥西区', '长安区', '新华区', '裕华区'].map((county) => ({ province: '河北省', city: '石家庄市', county })),
  D: ['西湖区', '东湖区', '青云谱区', '青山湖区'].map((county) => ({ province: '江西省', city: '南昌市', county })),
};

const SUB_UNITS = ['政务服务中心', '机关事务服务中心', '综合行政执法大队', '信息中心', '档案馆'];

/** a department of several budget units (hard mode): the sum of the units, with each project tagged with its unit */
export function mergeBudgets(units: Budget[]): Budget {
  const [first] = units;
  if (units.length === 1) return first!;
  for (const p of first!.projects) { p.unitCode ??= first!.unitCode; p.unitName ??= first!.unitName; }
  const leafMap = new Map<string, LeafAgg>();
  for (const u of units) for (const l of u.leaves) {
    const m = leafMap.get(l.code);
    if (!m) { leafMap.set(l.code, { ...l }); continue; }
    m.wages += l.wages; m.household += l.household; m.goods += l.goods; m.capital += l.capital;
    m.operating += l.operating; m.specific += l.specific; m.gfOperating += l.gfOperating; m.gfSpecific += l.gfSpecific;
  }
  const fnNames = new Map<string, string>();
  for (const u of units) for (const [k, v] of u.fnNames) fnNames.set(k, v);
  const add = <K extends string>(k: K, xs: Array<Record<K, number>>) => xs.reduce((s, x) => s + x[k], 0);
  const tps = units.map((u) => u.threePublic), pts = units.map((u) => u.priorThreePublic);
  const tp = (xs: typeof tps) => ({ overseas: add('overseas', xs), vehiclePurchase: add('vehiclePurchase', xs), vehicleOperation: add('vehicleOperation', xs), reception: add('reception', xs) });
  return {
    ...first!,
    staffAuthorized: add('staffAuthorized', units), staffActual: add('staffActual', units), staffRetired: add('staffRetired', units),
    basicEcon: units.flatMap((u) => u.basicEcon), projects: units.flatMap((u) => u.projects),
    leaves: [...leafMap.values()].sort((a, b) => a.code.localeCompare(b.code)), fnNames,
    threePublic: tp(tps), priorThreePublic: tp(pts), priorTotal: add('priorTotal', units), vehicles: add('vehicles', units), procurement: add('procurement', units),
  };
}

export interface BudgetOptions {
  style: 'A' | 'B' | 'C' | 'D';
  minProjects: number;
  maxProjects: number;
  projectCode: (rng: Rng, year: number, i: number) => string | null;
  /** a subordinate unit of an existing department (hard mode): same place, type, year and department code */
  unitOf?: { parent: Budget; index: number };
}

export function buildBudget(rng: Rng, opt: BudgetOptions): Budget {
  const parent = opt.unitOf?.parent;
  const place = parent ? parent.place : rng.pick(PLACES[opt.style]);
  const type = parent ? DEPT_TYPES.find((x) => x.key === parent.deptType)! : rng.pick(DEPT_TYPES);
  const year = parent ? parent.year : rng.pick([2024, 2025]);
  const deptCode = parent ? parent.deptCode : String(rng.int(101, 460));
  const department = type.name(place);
  const staffAuthorized = parent ? rng.int(6, 20) : rng.int(14, 60);
  const staffActual = Math.max(8, staffAuthorized - rng.int(0, 5));
  const staffRetired = rng.int(0, 14);
  const n = staffActual;

  const econ: EconLine[] = [];
  const main = type.main;
  const add = (code: string, cents: number, cls: 'personnel' | 'public' = 'personnel', leaf = main) => {
    if (cents > 0) econ.push({ code, name: ECON[code]!, cents, cls, leaf });
  };
  const b30101 = Math.round(rng.yuan(38000, 62000) * n / 12) * 12;
  add('30101', b30101);
  const allowance = Math.round(rng.yuan(45000, 80000) * n / 12) * 12;
  add('30102', allowance);
  const bonus = rng.chance(0.8) ? Math.round(rng.yuan(20000, 45000) * n) : 0;
  add('30103', bonus);
  const perf = rng.chance(0.6) ? Math.round(rng.yuan(5000, 30000) * n) : 0;
  add('30107', perf);
  const base = b30101 + allowance + bonus + perf;
  const hasAnnuity = rng.chance(0.6);
  add('30108', Math.round(base * 0.16), 'personnel', '2080505');
  if (hasAnnuity) add('30109', Math.round(base * 0.08), 'personnel', '2080506');
  const hasCivilMed = rng.chance(0.5);
  add('30110', Math.round(base * rng.pick([0.06, 0.07, 0.075, 0.08])), 'personnel', '2101101');
  add('30111', Math.round(base * 0.045), 'personnel', hasCivilMed ? '2101103' : '2101101');
  add('30112', Math.round(base * 0.01));
  add('30113', Math.round(base * 0.12), 'personnel', '2210201');
  if (rng.chance(0.4)) add('30199', rng.yuan(20000, 400000));
  add('30302', staffRetired > 0 ? Math.round(rng.yuan(60000, 105000) * staffRetired) : 0, 'personnel', '2080501');
  if (rng.chance(0.4)) add('30305', rng.yuan(5000, 40000), 'personnel', '2080501');
  add('30309', rng.chance(0.6) ? rng.yuan(500, 15000, 10) : 0);
  if (rng.chance(0.3)) add('30399', rng.yuan(1000, 20000));
  // public funds
  add('30201', rng.yuan(20000, 260000, 100), 'public');
  add('30202', rng.chance(0.7) ? rng.yuan(5000, 40000, 100) : 0, 'public');
  if (rng.chance(0.3)) add('30205', rng.yuan(3000, 20000, 100), 'public');
  if (rng.chance(0.3)) add('30206', rng.yuan(10000, 60000, 100), 'public');
  add('30207', rng.yuan(5000, 60000, 100), 'public');
  add('30211', rng.yuan(10000, 60000, 100), 'public');
  const overseas = rng.chance(0.15) ? rng.yuan(30000, 120000, 1000) : 0;
  add('30212', overseas, 'public');
  add('30213', rng.chance(0.6) ? rng.yuan(5000, 80000, 100) : 0, 'public');
  add('30215', rng.chance(0.4) ? rng.yuan(2000, 30000, 100) : 0, 'public');
  add('30216', rng.chance(0.4) ? rng.yuan(2000, 30000, 100) : 0, 'public');
  const reception = rng.chance(0.75) ? rng.yuan(1000, 30000, 100) : 0;
  add('30217', reception, 'public');
  add('30228', Math.round(base * 0.02), 'public');
  add('30229', n * rng.yuan(200, 1500, 10), 'public');
  const vehicles = rng.chance(0.7) ? rng.int(1, 6) : 0;
  const vehicleOperation = vehicles > 0 ? rng.yuan(15000, 40000, 100) * vehicles : 0;
  add('30231', Math.round(vehicleOperation), 'public');
  add('30239', rng.chance(0.8) ? n * rng.yuan(10000, 18000, 20) : 0, 'public');
  add('30299', rng.yuan(5000, 160000, 100), 'public');
  if (rng.chance(0.4)) add('31002', rng.yuan(3000, 30000, 100), 'public');

  // projects
  const nProjects = rng.int(opt.minProjects, opt.maxProjects);
  const names = rng.shuffle(type.projects);
  const projects: Project[] = [];
  for (let i = 0; i < nProjects; i++) {
    const name = names[i % names.length] + (i >= names.length ? `（${['二', '三', '四'][Math.floor(i / names.length) - 1]}期）` : '');
    const category: Category = rng.chance(0.55) ? '其他运转类' : '特定目标类';
    const leaf = category === '特定目标类' && rng.chance(0.5) ? rng.pick(type.specials) : type.admin;
    projects.push({
      name, code: opt.projectCode(rng, year, i), category, fund: 'gb', leaf,
      econ: rng.pick(['30201', '30202', '30213', '30226', '30227', '30299', '30299', '31007']),
      cents: rng.chance(0.5) ? rng.yuan(5000, 900000, 100) : rng.yuan(2000, 600000),
    });
  }
  if (rng.chance(0.3)) {
    projects.push({ name: rng.pick(['大气污染防治专项经费', '大气办工作经费']), code: opt.projectCode(rng, year, projects.length), category: '特定目标类', fund: 'gb', leaf: '2110301', econ: '30299', cents: rng.yuan(50000, 400000, 100) });
  }
  if (rng.chance(0.25)) {
    projects.push({ name: '乡村振兴帮扶贴息资金', code: opt.projectCode(rng, year, projects.length), category: '特定目标类', fund: 'gb', leaf: '2130599', econ: '30299', cents: rng.yuan(3000, 60000) });
  }
  const vehiclePurchase = rng.chance(0.2) ? rng.yuan(150000, 280000, 1000) : 0;
  if (vehiclePurchase > 0) {
    projects.push({ name: '公务用车更新购置', code: opt.projectCode(rng, year, projects.length), category: '特定目标类', fund: 'gb', leaf: type.admin, econ: '31013', cents: vehiclePurchase });
  }
  if (rng.chance(0.3)) {
    projects.push({ name: rng.pick(['征收片区基础设施配套经费', '土地整理前期工作经费']), code: opt.projectCode(rng, year, projects.length), category: '特定目标类', fund: 'gf', leaf: '2120899', econ: '30227', cents: rng.yuan(200000, 3000000, 1000) });
  }

  // aggregate by function leaf
  const leafMap = new Map<string, LeafAgg>();
  const leaf = (code: string): LeafAgg => {
    let l = leafMap.get(code);
    if (!l) {
      l = { code, name: FN[code]!, wages: 0, household: 0, goods: 0, capital: 0, operating: 0, specific: 0, gfOperating: 0, gfSpecific: 0 };
      leafMap.set(code, l);
    }
    return l;
  };
  for (const e of econ) {
    const l = leaf(e.leaf);
    if (e.code.startsWith('301')) l.wages += e.cents;
    else if (e.code.startsWith('303')) l.household += e.cents;
    else if (e.code.startsWith('302')) l.goods += e.cents;
    else l.capital += e.cents;
  }
  for (const p of projects) {
    const l = leaf(p.leaf);
    if (p.fund === 'gb') {
      if (p.category === '其他运转类') l.operating += p.cents; else l.specific += p.cents;
    } else if (p.category === '其他运转类') l.gfOperating += p.cents; else l.gfSpecific += p.cents;
  }
  const leaves = [...leafMap.values()].sort((a, b) => a.code.localeCompare(b.code));
  const fnNames = new Map<string, string>();
  for (const l of leaves) for (const c of [l.code.slice(0, 3), l.code.slice(0, 5), l.code]) fnNames.set(c, FN[c]!);
  const econNames = new Map<string, string>(Object.entries(ECON));
  const total = econ.reduce((s, e) => s + e.cents, 0) + projects.reduce((s, p) => s + p.cents, 0);
  const priorTotal = Math.round(total * (0.85 + rng.next() * 0.25));
  const prior = {
    overseas: overseas > 0 && rng.chance(0.5) ? overseas : 0,
    vehiclePurchase: 0,
    vehicleOperation: vehicles > 0 ? Math.round(vehicleOperation * (0.8 + rng.next() * 0.4) / 10000) * 10000 : 0,
    reception: reception > 0 ? Math.round(reception * (0.8 + rng.next() * 0.5) / 10000) * 10000 : 0,
  };
  const unitCode = opt.unitOf ? `${deptCode}${String(opt.unitOf.index + 1).padStart(3, '0')}` : `${deptCode}001`;
  const unitName = opt.unitOf ? `${place.city}${place.county}${SUB_UNITS[(opt.unitOf.index - 1) % SUB_UNITS.length]}` : `${department}（本级）`;
  if (opt.unitOf) for (const p of projects) { p.unitCode = unitCode; p.unitName = unitName; }
  return {
    year, place, department, deptShort: type.short, deptCode, unitCode, unitName,
    deptType: type.key, duties: type.duties, offices: type.offices,
    staffAuthorized, staffActual, staffRetired, basicEcon: econ, projects, leaves, fnNames, econNames,
    threePublic: { overseas, vehiclePurchase, vehicleOperation: Math.round(vehicleOperation), reception },
    priorThreePublic: prior, priorTotal, vehicles, procurement: rng.chance(0.5) ? rng.yuan(10000, 200000, 100) : 0,
  };
}

// ---------- derived figures ----------

export const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

export interface FnRow {
  code: string; name: string; level: 1 | 2 | 3;
  wages: number; household: number; goods: number; capital: number; operating: number; specific: number; gfOperating: number; gfSpecific: number;
}

/** function rows in print order: 类, its 款, their 项 — with rolled-up figures; `filter` picks the fund. */
export function functionRows(b: Budget, include: (l: LeafAgg) => boolean = () => true): FnRow[] {
  const leaves = b.leaves.filter(include);
  const rows: FnRow[] = [];
  const zero = { wages: 0, household: 0, goods: 0, capital: 0, operating: 0, specific: 0, gfOperating: 0, gfSpecific: 0 };
  const fold = (code: string, level: 1 | 2 | 3, ls: LeafAgg[]): FnRow => {
    const r: FnRow = { code, name: b.fnNames.get(code)!, level, ...zero };
    for (const l of ls) {
      r.wages += l.wages; r.household += l.household; r.goods += l.goods; r.capital += l.capital;
      r.operating += l.operating; r.specific += l.specific; r.gfOperating += l.gfOperating; r.gfSpecific += l.gfSpecific;
    }
    return r;
  };
  const classes = [...new Set(leaves.map((l) => l.code.slice(0, 3)))].sort();
  for (const c of classes) {
    rows.push(fold(c, 1, leaves.filter((l) => l.code.startsWith(c))));
    const kuans = [...new Set(leaves.filter((l) => l.code.startsWith(c)).map((l) => l.code.slice(0, 5)))].sort();
    for (const k of kuans) {
      rows.push(fold(k, 2, leaves.filter((l) => l.code.startsWith(k))));
      for (const l of leaves.filter((x) => x.code.startsWith(k))) rows.push(fold(l.code, 3, [l]));
    }
  }
  return rows;
}

export const gbBasic = (r: { wages: number; household: number; goods: number; capital: number }) => r.wages + r.household + r.goods + r.capital;
export const gbProject = (r: { operating: number; specific: number }) => r.operating + r.specific;
export const gfProject = (r: { gfOperating: number; gfSpecific: number }) => r.gfOperating + r.gfSpecific;

export interface EconRow { code: string; name: string; level: 1 | 2; personnel: number; public: number; project: number; gf: number }

/** economic rows (类 then 款) of the basic expenditure, optionally with the projects' economic split. */
export function economicRows(b: Budget, withProjects: boolean): EconRow[] {
  const by = new Map<string, EconRow>();
  const get = (code: string) => {
    let r = by.get(code);
    if (!r) { r = { code, name: b.econNames.get(code)!, level: code.length === 3 ? 1 : 2, personnel: 0, public: 0, project: 0, gf: 0 }; by.set(code, r); }
    return r;
  };
  for (const e of b.basicEcon) for (const c of [e.code.slice(0, 3), e.code]) get(c)[e.cls] += e.cents;
  if (withProjects) for (const p of b.projects) for (const c of [p.econ.slice(0, 3), p.econ]) get(c)[p.fund === 'gb' ? 'project' : 'gf'] += p.cents;
  return [...by.values()].sort((a, b2) => a.code.localeCompare(b2.code));
}

export interface Totals {
  gb: number; gf: number; total: number;
  basic: number; personnel: number; public: number;
  wages: number; household: number; goods: number; capital: number;
  project: number; gbProject: number; operating: number; specific: number; gfProject: number;
  threePublic: number;
}

export function totals(b: Budget): Totals {
  const L = b.leaves;
  const wages = sum(L.map((l) => l.wages)), household = sum(L.map((l) => l.household));
  const goods = sum(L.map((l) => l.goods)), capital = sum(L.map((l) => l.capital));
  const operating = sum(L.map((l) => l.operating)), specific = sum(L.map((l) => l.specific));
  const gfP = sum(L.map((l) => gfProject(l)));
  const personnel = sum(b.basicEcon.filter((e) => e.cls === 'personnel').map((e) => e.cents));
  const pub = sum(b.basicEcon.filter((e) => e.cls === 'public').map((e) => e.cents));
  const basic = personnel + pub;
  const gb = basic + operating + specific;
  const t = b.threePublic;
  return {
    gb, gf: gfP, total: gb + gfP, basic, personnel, public: pub, wages, household, goods, capital,
    project: operating + specific + gfP, gbProject: operating + specific, operating, specific, gfProject: gfP,
    threePublic: t.overseas + t.vehiclePurchase + t.vehicleOperation + t.reception,
  };
}
