/**
 * Kinds of county-level departments: their functional subjects, duties, offices and the
 * projects they typically budget. Names follow real disclosures of such departments.
 */
import type { Place } from './places.ts';

export type ProjectCategory = '其他运转类' | '特定目标类';

export interface ProjectTemplate {
  /** May contain {stem} (county without 区/县), e.g. 《{stem}年鉴》编纂经费. */
  name: string;
  /** 7-digit functional subject, or 'general' for the department's 一般行政管理事务. */
  func: string;
  /** Economic subjects the project's money is spent on. */
  econ: readonly string[];
  category: ProjectCategory;
  /** A noun for the project's work, used to phrase its indicators. */
  work: string;
  /** Counting unit for its quantity indicator. */
  countUnit: string;
  /** Set when the project is bought as a government service (政府购买服务目录). */
  purchased?: { level1: string; level2: string; level3: string };
}

export interface DepartmentProfile {
  key: string;
  /** Full name of the department in a place. */
  name(place: Place): string;
  /** Name of a subordinate public institution (二级单位), where the department has one. */
  institutionName(place: Place): string;
  /** 款 of the department's own functional subjects and its 项 for running costs. */
  group: string;
  run: string;
  general: string;
  institutionRun: string;
  duties: readonly string[];
  offices: readonly string[];
  projects: readonly ProjectTemplate[];
}

const SERVICE_IT = { level1: '05-政府履职所需辅助性服务', level2: '0510-信息化服务', level3: '政府机构的信息技术、软件开发设计及网络管理与维护' };
const SERVICE_LEGAL = { level1: '05-政府履职所需辅助性服务', level2: '0502-法律服务', level3: '法律顾问服务' };
const SERVICE_STAFF = { level1: '05-政府履职所需辅助性服务', level2: '0515-后勤服务', level3: '机关后勤辅助服务' };
const SERVICE_SURVEY = { level1: '05-政府履职所需辅助性服务', level2: '0507-评审评估服务', level3: '调查、评估与统计分析' };

const project = (
  name: string, func: string, econ: readonly string[], category: ProjectCategory, work: string, countUnit: string,
  purchased?: ProjectTemplate['purchased'],
): ProjectTemplate => ({ name, func, econ, category, work, countUnit, purchased });

export const DEPARTMENTS: readonly DepartmentProfile[] = [
  {
    key: 'government-office',
    name: (p) => `${p.city}${p.county}人民政府办公室`,
    institutionName: (p) => `${p.city}${p.county}政务服务中心`,
    group: '20103', run: '2010301', general: '2010302', institutionRun: '2010350',
    duties: [
      '协助区政府领导同志了解掌握全区工作情况，对区政府的重要工作部署进行调查研究和综合协调。',
      '负责区政府会议和区政府领导同志重要活动的组织安排，协助区政府领导同志组织实施会议决定事项。',
      '负责起草《政府工作报告》、区政府重要材料和区领导重要讲话，指导全区行政机关公文处理工作。',
      '督促检查区政府各部门和街道对区政府工作部署、会议决定事项的执行和落实情况。',
      '负责区政府值班工作，及时报告重要情况，协助处理需由区政府处理的突发事件。',
      '负责组织、协调、指导全区政务公开、政府信息公开工作。',
      '承办区委、区政府和领导同志交办的其他任务。',
    ],
    offices: ['文字综合科', '机要秘书科', '督查考核科', '政务公开科', '行政事务科', '总值班室'],
    projects: [
      project('政府工作性经费', 'general', ['30201', '30299', '30215'], '其他运转类', '会议保障', '次'),
      project('政府值班室相关费用', 'general', ['30299', '30226'], '其他运转类', '值班值守', '天'),
      project('网站及政务新媒体内容及安全监测服务', 'general', ['30227'], '特定目标类', '信息监测', '条', SERVICE_IT),
      project('政务公开与信息公开工作经费', 'general', ['30202', '30227'], '其他运转类', '信息公开', '条'),
      project('信息网络运行维护费', 'general', ['30213', '30227'], '特定目标类', '网络运维', '次', SERVICE_IT),
      project('政府会议费', 'general', ['30215'], '其他运转类', '会议保障', '次'),
      project('法律咨询服务费', 'general', ['30227'], '特定目标类', '法律咨询', '件', SERVICE_LEGAL),
      project('机关事务管理经费', 'general', ['30209', '30299'], '其他运转类', '机关事务', '项'),
      project('《{stem}年鉴》编纂经费', 'general', ['30202', '30226'], '其他运转类', '年鉴编纂', '册'),
      project('12345政务服务便民热线工作经费', 'general', ['30226', '30227'], '特定目标类', '热线办理', '件', SERVICE_STAFF),
      project('办公经费—公务接待费', 'general', ['30217'], '其他运转类', '公务接待', '批次'),
      project('信息化建设—设备购置', 'general', ['31002', '31007'], '特定目标类', '设备购置', '台'),
      project('党建工作经费', 'general', ['30202', '30299'], '其他运转类', '党建活动', '次'),
      project('会议室电视会议系统改造', 'general', ['31002', '30213'], '特定目标类', '系统改造', '套'),
      project('大气办工作经费', '2110301', ['30201', '30213'], '特定目标类', '大气巡查', '次'),
      project('金融扶贫贷款贴息', '2130599', ['30399'], '特定目标类', '贴息发放', '户'),
    ],
  },
  {
    key: 'party-office',
    name: (p) => `${p.city}${p.county}委办公室`,
    institutionName: (p) => `${p.city}${p.county}委机要保密服务中心`,
    group: '20131', run: '2013101', general: '2013102', institutionRun: '2013150',
    duties: [
      '承担区委工作计划、总结、报告和区委重要文稿的起草工作。',
      '负责中央、省委、市委和区委各项方针、政策、重要工作部署贯彻落实的督促检查。',
      '负责区委日常来往公文的处理和区委、区委办公室文件的起草、审核、印制、分发、归档工作。',
      '负责区委召开的有关会议的会务工作，协调安排区委领导日常活动。',
      '负责全区的保密工作和同级党政领导机关的密码业务管理。',
      '完成区委、区委领导交办的其他任务。',
    ],
    offices: ['秘书科', '综合科', '督查室', '信息科', '机要科', '保密办'],
    projects: [
      project('区委总值班工作', 'general', ['30299', '30226'], '其他运转类', '值班值守', '天'),
      project('业务工作', 'general', ['30201', '30215', '30202'], '其他运转类', '会议保障', '次'),
      project('督查信息工作', 'general', ['30211', '30216', '30299'], '其他运转类', '督查信息', '篇'),
      project('调研工作', 'general', ['30202', '30299'], '其他运转类', '调研', '次'),
      project('区委国安工作', 'general', ['30227', '30299'], '特定目标类', '国家安全宣传', '次'),
      project('民声通道工作', 'general', ['30305', '30299'], '特定目标类', '走访慰问', '次'),
      project('机要保密工作经费', 'general', ['31002', '30213'], '特定目标类', '保密检查', '次'),
    ],
  },
  {
    key: 'finance-bureau',
    name: (p) => `${p.city}${p.county}财政局`,
    institutionName: (p) => `${p.city}${p.county}财政事务服务中心`,
    group: '20106', run: '2010601', general: '2010602', institutionRun: '2010650',
    duties: [
      '贯彻执行国家财税方针政策，拟订全区财政发展规划和政策措施。',
      '负责编制区级年度预决算草案并组织执行，受区政府委托向区人民代表大会报告财政预算及执行情况。',
      '负责管理区级各项财政收入，组织实施国库集中收付制度。',
      '负责政府采购监督管理和区级国有资产管理工作。',
      '负责财政投资评审和财会监督工作。',
    ],
    offices: ['办公室', '预算科', '国库科', '综合科', '政府采购管理科', '财会监督科'],
    projects: [
      project('财政投资评审经费', 'general', ['30227'], '特定目标类', '投资评审', '项', SERVICE_SURVEY),
      project('预算管理一体化系统运维费', 'general', ['30213', '30227'], '特定目标类', '系统运维', '次', SERVICE_IT),
      project('国库集中支付业务经费', 'general', ['30204', '30299'], '其他运转类', '集中支付', '笔'),
      project('政府采购监管经费', 'general', ['30299', '30211'], '其他运转类', '采购监管', '项'),
      project('财会监督检查经费', 'general', ['30211', '30226'], '其他运转类', '监督检查', '户'),
      project('非税收入征管经费', 'general', ['30202', '30299'], '其他运转类', '非税征管', '笔'),
    ],
  },
  {
    key: 'statistics-bureau',
    name: (p) => `${p.city}${p.county}统计局`,
    institutionName: (p) => `${p.city}${p.county}统计调查中心`,
    group: '20105', run: '2010501', general: '2010502', institutionRun: '2010550',
    duties: [
      '贯彻执行国家统计法律法规，组织实施全区统计调查制度。',
      '组织实施全区经济普查、人口普查、农业普查等重大国情国力普查。',
      '负责全区国民经济核算和统计数据的发布。',
      '负责全区统计执法检查和统计信息化建设。',
    ],
    offices: ['办公室', '综合科', '国民经济核算科', '统计执法科', '普查中心'],
    projects: [
      project('经济普查经费', '2010507', ['30226', '30202', '30216'], '特定目标类', '普查登记', '户'),
      project('统计调查经费', 'general', ['30226', '30299'], '其他运转类', '统计调查', '次', SERVICE_SURVEY),
      project('统计执法检查经费', 'general', ['30211', '30299'], '其他运转类', '执法检查', '家'),
      project('统计信息化建设经费', 'general', ['31007', '30213'], '特定目标类', '系统建设', '套'),
    ],
  },
  {
    key: 'audit-bureau',
    name: (p) => `${p.city}${p.county}审计局`,
    institutionName: (p) => `${p.city}${p.county}审计事务中心`,
    group: '20108', run: '2010801', general: '2010802', institutionRun: '2010850',
    duties: [
      '主管全区审计工作，对区级预算执行情况和其他财政收支情况进行审计监督。',
      '组织实施对领导干部经济责任审计和自然资源资产离任审计。',
      '负责政府投资项目审计和对内部审计工作的业务指导。',
    ],
    offices: ['办公室', '财政审计科', '经济责任审计科', '投资审计科'],
    projects: [
      project('审计业务经费', '2010804', ['30211', '30299'], '其他运转类', '审计项目', '个'),
      project('聘请中介机构审计经费', '2010804', ['30227'], '特定目标类', '委托审计', '项', SERVICE_SURVEY),
      project('审计信息化建设经费', 'general', ['31007', '30213'], '特定目标类', '系统建设', '套'),
    ],
  },
  {
    key: 'culture-bureau',
    name: (p) => `${p.city}${p.county}文化和旅游局`,
    institutionName: (p) => `${p.city}${p.county}文化馆`,
    group: '20701', run: '2070101', general: '2070102', institutionRun: '2070109',
    duties: [
      '贯彻落实文化和旅游工作方针政策，统筹规划全区文化事业、文化产业和旅游业发展。',
      '指导、管理全区群众文化活动和公共文化服务体系建设。',
      '负责全区文物保护和非物质文化遗产保护工作。',
      '负责全区旅游宣传推广和文化市场综合执法工作。',
    ],
    offices: ['办公室', '公共服务科', '产业发展科', '文物保护科'],
    projects: [
      project('群众文化活动经费', '2070109', ['30226', '30299'], '特定目标类', '文化活动', '场'),
      project('文物保护经费', '2070199', ['30213', '30227'], '特定目标类', '文物巡查', '次'),
      project('旅游宣传推介经费', 'general', ['30202', '30227'], '其他运转类', '宣传推介', '次'),
      project('公共图书馆运行经费', '2070199', ['30201', '30299'], '其他运转类', '图书借阅', '册次'),
    ],
  },
];

export function departmentByKey(key: string): DepartmentProfile {
  const found = DEPARTMENTS.find((d) => d.key === key);
  if (!found) throw new Error(`unknown department kind ${key}`);
  return found;
}
