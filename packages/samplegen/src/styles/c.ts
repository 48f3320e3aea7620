/**
 * Style C (Shijiazhuang Qiaoxi, seed 004): report-exporter tables first, each with the title on
 * its first page only and running heads on every page ("434石家庄市…" wrapping in its box,
 * "预算年度：2024 单位：万元"); one table on landscape pages stored with /Rotate 90; then the
 * narrative with its own small tables and one 绩效目标表 form per project.
 */
import type { Block, Disclosure, RunningHead, Section } from '../document.ts';
import { threePublicTotal } from '../ledger.ts';
import { changePhrase, ProseWriter } from '../prose-kit.ts';
import type { Random } from '../random.ts';
import type { Cents, Spec } from '../spec.ts';
import { assetTable, institutionTable, projectForm, styleCTables } from './c-tables.ts';
import { chineseNumber, departmentCode, ledgerOf } from './common.ts';

function runningHead(spec: Spec): RunningHead {
  // The department box is narrower than the name, so the last characters wrap as in the seed.
  return { left: `${departmentCode(spec)}${spec.department}`, leftWidth: 135, secondLeft: `预算年度：${spec.year}`, secondRight: '单位：万元', size: 9 };
}

function narrative(spec: Spec, rng: Random): ProseWriter {
  const w = new ProseWriter({ trimmed: false, size: 10 });
  const l = ledgerOf(spec);
  const g = l.general();
  const y = spec.year;
  const d = spec.department;
  const wan = (c: Cents) => w.wan(c);
  const total = l.sum();
  w.heading(`第一部分 ${d} ${y}年部门预算信息公开情况说明`, 13, 'center');
  w.paragraph(`按照《中华人民共和国预算法》、《地方预决算公开操作规程》和《关于进一步推进预算公开工作的实施意见》规定，现将${d} ${y}年部门预算公开如下：`);
  w.heading('一、部门职责及机构设置情况');
  w.line('部门职责：');
  spec.profile.duties.forEach((duty, i) => w.paragraph(`（${chineseNumber(i + 1)}）${duty}`));
  w.line('机构设置：');
  w.line('部门机构设置情况', { align: 'center' });
  w.table(institutionTable(spec));
  w.heading('二、部门预算安排的总体情况');
  w.paragraph(`按照预算管理有关规定，目前部门预算的编制实行综合预算管理，即全部收入和支出都反映在预算中。`);
  w.line('1、收入说明');
  w.paragraph(`反映本部门当年全部收入。${y}年预算收入 ${w.wan(total, 'income_total')}万元，其中：一般公共预算收入 ${wan(g.sum())}万元，基金预算收入 0.00万元，国有资本经营预算收入 0.00万元，财政专户核拨收入 0.00万元，单位资金收入 ${wan(l.unitFunds().sum())}万元，上年结转结余 0.00万元。`);
  w.line('2、支出说明');
  const projects = spec.projects.map((p) => p.name).join('、');
  w.paragraph(`${y}年支出预算 ${w.wan(total, 'expenditure_total')}万元，其中基本支出 ${w.wan(l.basic().sum(), 'basic_total')}万元，包括人员经费 ${w.wan(l.personnel().sum(), 'personnel_total')}万元和日常公用经费 ${w.wan(l.publicFunds().sum(), 'public_funds_total')}万元；项目支出 ${w.wan(l.project().sum(), 'project_total')}万元，主要为${projects}。`);
  w.line('3、比上年增减情况');
  w.paragraph(`${y}年预算收支安排 ${wan(total)}万元，较 ${y - 1}年预算${changePhrase(total, spec.prior.total, wan)}，其中：基本支出${changePhrase(l.basic().sum(), spec.prior.basic, wan)}，项目支出${changePhrase(l.project().sum(), spec.prior.project, wan)}。`);
  w.heading('三、机关运行经费安排情况');
  w.paragraph(`${y}年，我部门机关运行经费共计安排 ${wan(g.publicFunds().sum())}万元，主要用于日常维修、办公用房水电费、办公用房取暖费、办公用房物业管理费等日常运行支出。`);
  w.heading('四、财政拨款“三公”经费预算情况及增减变化原因');
  const tp = g.threePublic();
  w.paragraph(`${y}年，我单位财政拨款“三公”经费预算安排 ${w.wan(threePublicTotal(tp), 'three_public_total')}万元，其中因公出国（境）费 ${w.wan(tp.overseas, 'three_public_overseas')}万元；公务用车购置及运维费 ${wan(tp.vehiclePurchase + tp.vehicleOperation)}万元（其中：公务用车购置费为 ${w.wan(tp.vehiclePurchase, 'three_public_vehicle_purchase')}万元，公务用车运维费 ${w.wan(tp.vehicleOperation, 'three_public_vehicle_operation')}万元)；公务接待费 ${w.wan(tp.reception, 'three_public_reception')}万元，与 ${y - 1}年相比${changePhrase(tp.reception, spec.prior.threePublic.reception, wan)}。`);
  w.heading('五、部门整体绩效目标');
  w.paragraph(`围绕${d}主要职责，${rng.pick(['全面提升服务保障能力和水平', '提高政务服务与管理水平', '推动重点工作落实'])}，确保各项工作严谨规范、高效运转。`);
  w.heading('六、部门项目预算安排情况及绩效目标');
  const r = rng.fork('forms');
  spec.projects.forEach((p, i) => {
    w.line(`${i + 1}、${p.name}绩效目标表`, { bold: true, before: 8 });
    w.line('单位：万元', { align: 'right', size: 9 });
    w.table(projectForm(spec, p, r));
  });
  w.heading('七、政府采购预算情况');
  w.paragraph('注：无政府采购预算，空表列示。');
  w.heading('八、国有资产信息');
  w.paragraph(`${d}（含所属单位）上年末固定资产情况详见下表。本年度拟购置固定资产总额为 0万元。`);
  w.line(`${departmentCode(spec)}${d} 截止时间：${y - 1}-12-31`, { size: 9 });
  w.table(assetTable(spec, rng.fork('assets')));
  w.heading('九、名词解释');
  w.paragraph('1、财政拨款收入：指本级财政当年拨付的资金，包括一般公共预算拨款、政府性基金预算拨款、国有资本经营预算拨款。');
  w.paragraph('2、“三公”经费：是指预算部门（单位）用财政拨款安排的因公出国（境）费、公务用车购置及运维费和公务接待费。');
  w.heading('十、其他需要说明的事项');
  w.paragraph('我部门无其他需要说明的事项。');
  return w;
}

export function styleC(spec: Spec, rng: Random): Disclosure {
  const head = runningHead(spec);
  const tableSections: Section[] = styleCTables(spec).map((t) => ({
    orientation: t.orientation,
    firstPageTitle: { type: 'paragraph', text: t.table.title, size: 14, bold: true, align: 'center' },
    runningHead: head,
    pageNumbers: true,
    blocks: [t.table, ...t.notes.map((note): Block => ({ type: 'paragraph', text: note, size: 9 }))],
  }));
  const prose = narrative(spec, rng);
  return {
    title: `${spec.department}${spec.year}年部门预算`,
    sections: [...tableSections, { orientation: 'portrait', pageNumbers: true, blocks: prose.blocks }],
    proseFacts: prose.facts,
    staff: { authorized: null, actual: null },
    proseProjects: [],
    printedUnit: '万元',
    creator: 'FastReport (synthetic style C)',
  };
}
