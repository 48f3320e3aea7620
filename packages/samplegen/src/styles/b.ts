/**
 * Style B (Luoyang Xigong, seed 002): a portrait narrative with figures in 万元 to two
 * decimals and shares in percent, then landscape tables in 万元 whose borders are thin
 * filled boxes, as office exporters draw them; one table has no rulings at all.
 */
import type { Disclosure, Section } from '../document.ts';
import { threePublicTotal } from '../ledger.ts';
import { percent } from '../money-format.ts';
import { changePhrase, ProseWriter } from '../prose-kit.ts';
import type { Random } from '../random.ts';
import type { Cents, Spec } from '../spec.ts';
import { styleBTables, type TitledTable } from './b-tables.ts';
import { ledgerOf } from './common.ts';

function narrative(spec: Spec, rng: Random, tableTitles: string[]): ProseWriter {
  const w = new ProseWriter({ trimmed: false, size: 10.5 });
  const l = ledgerOf(spec);
  const g = l.general();
  const y = spec.year;
  const d = spec.department;
  const total = l.sum();
  const wan = (c: Cents) => w.wan(c);
  const reason = rng.pick(['人员变动导致基本支出预算变化，项目支出根据工作任务调整', '严格落实过紧日子要求，压减一般性支出', '新增重点工作任务，项目支出预算增加']);

  w.title(`${y} 年${d} 部门预算公开`, 20);
  w.line(`${y} 年 2 月 ${rng.int(10, 28)} 日`, { align: 'center' });
  w.heading('目 录', 14, 'center');
  w.line(`第一部分 ${d}部门概况`);
  w.line(`第二部分 ${y}年${d}部门预算情况说明`);
  w.line('第三部分 名词解释');
  w.line(`附件：${y}年${d}部门预算表`);
  tableTitles.forEach((t, i) => w.line(`${i + 1}. ${t.replace(`${y}年`, '')}`));
  w.pageBreak();

  w.heading('第一部分', 14, 'center');
  w.heading(`${d}部门概况`, 14, 'center');
  w.heading('一、主要职责');
  spec.profile.duties.forEach((duty, i) => w.paragraph(`${i + 1}.${duty}`));
  w.heading('二、预算单位构成情况');
  w.paragraph(spec.units.length > 1 ? `${d}所属预算单位包括：${spec.units.slice(1).map((u) => u.name).join('、')}。` : `${d}无所属预算单位。`);
  w.paragraph(`部门预算包括：${spec.profile.offices.join('、')}的预算。`);

  w.heading('第二部分', 14, 'center');
  w.heading(`${y} 年${d}部门预算情况说明`, 14, 'center');
  w.heading('一、收入支出预算总体情况说明');
  w.paragraph(`${d} ${y} 年收入总计 ${w.wan(total, 'income_total')} 万元，支出总计 ${w.wan(total, 'expenditure_total')} 万元，与 ${y - 1} 年预算相比，收支总计各${changePhrase(total, spec.prior.total, wan)}，主要原因：${reason}。`);
  w.heading('二、收入预算总体情况说明');
  w.paragraph(`${d} ${y} 年收入合计 ${wan(total)} 万元，其中：一般公共预算收入 ${wan(g.sum())} 万元。`);
  w.heading('三、支出预算总体情况说明');
  const basic = l.basic().sum();
  const project = l.project().sum();
  w.paragraph(`${d} ${y} 年支出合计 ${wan(total)} 万元，其中：基本支出 ${w.wan(basic, 'basic_total')} 万元，占 ${percent(basic, total)}%；项目支出 ${w.wan(project, 'project_total')} 万元，占 ${percent(project, total)}%。`);
  w.heading('四、财政拨款收入支出预算总体情况说明');
  w.paragraph(`${d} ${y} 年一般公共预算收支预算 ${wan(g.sum())} 万元、政府性基金收支预算 0.00 万元、国有资本经营收支预算 0.00 万元。`);
  w.heading('五、一般公共预算支出预算情况说明');
  w.paragraph(`${d} ${y} 年一般公共预算支出年初预算为 ${wan(g.sum())} 万元，其中：基本支出 ${wan(g.basic().sum())} 万元；项目支出 ${wan(g.project().sum())} 万元。`);
  w.heading('六、一般公共预算基本支出预算情况说明');
  const gb = g.basic();
  const personnel = gb.personnel().sum();
  const publicFunds = gb.publicFunds().sum();
  w.paragraph(`${d} ${y} 年一般公共预算基本支出年初预算为 ${wan(gb.sum())} 万元。其中：人员经费支出 ${w.wan(personnel, 'personnel_total')} 万元，占 ${percent(personnel, gb.sum())}%；公用经费支出 ${w.wan(publicFunds, 'public_funds_total')} 万元，占 ${percent(publicFunds, gb.sum())}%。`);
  w.heading('七、一般公共预算“三公”经费支出预算情况说明');
  const tp = g.threePublic();
  const before = spec.prior.threePublic;
  w.paragraph(`${d} ${y} 年“三公”经费支出预算为 ${w.wan(threePublicTotal(tp), 'three_public_total')} 万元。比 ${y - 1} 年支出预算${changePhrase(threePublicTotal(tp), threePublicTotal(before), wan)}。具体支出情况如下：`);
  w.paragraph(`（一）因公出国（境）费${w.wan(tp.overseas, 'three_public_overseas')}万元，主要用于单位工作人员公务出国(境)的住宿费、差旅费、伙食补助费、杂费、培训费等支出。`);
  w.paragraph(`（二）公务接待费${w.wan(tp.reception, 'three_public_reception')}万元，主要用于按规定开支的各类公务接待(含外宾接待)支出。比${y - 1}年支出预算${changePhrase(tp.reception, before.reception, wan)}。`);
  w.paragraph(`（三）公务用车购置及运行费${wan(tp.vehiclePurchase + tp.vehicleOperation)}万元。其中：一是公务用车购置费${w.wan(tp.vehiclePurchase, 'three_public_vehicle_purchase')}万元；二是公务用车运行维护费${w.wan(tp.vehicleOperation, 'three_public_vehicle_operation')}万元，比${y - 1}年支出预算${changePhrase(tp.vehicleOperation, before.vehicleOperation, wan)}。`);
  w.heading('八、政府性基金支出预算情况说明');
  w.paragraph(`${d}${y}年无政府性基金预算拨款安排的支出。`);
  w.heading('九、国有资本经营支出预算情况说明');
  w.paragraph(`${d}${y}年无国有资本经营预算拨款安排的支出。`);
  w.heading('十、其他重要事项情况说明');
  w.paragraph(`（一）行政（事业）单位机构运转经费支出预算情况：${d}${y}年机构运转经费支出预算${wan(publicFunds)}万元，主要保障机构正常运转及正常履职需要。`);
  w.paragraph(`（二）政府采购支出预算情况：${d}${y}年政府采购预算安排0.00万元。`);
  w.paragraph(`（三）绩效目标设置情况：${d}${y}年对项目支出全面实施绩效管理，涉及预算拨款${wan(project)}万元，共${spec.projects.length}个项目。`);
  w.heading('第三部分', 14, 'center');
  w.heading('名词解释', 14, 'center');
  w.paragraph('一、财政拨款收入：是指同级财政拨付的资金，包括一般公共预算拨款、政府性基金预算拨款、国有资本经营预算拨款。');
  w.paragraph('二、基本支出：是指为保障机构正常运转、完成日常工作任务所必需的开支，其内容包括人员经费和日常公用经费两部分。');
  w.paragraph('三、项目支出：是指在基本支出之外，为完成特定的行政工作任务或事业发展目标所发生的支出。');
  return w;
}

function tableSection(spec: Spec, t: TitledTable): Section {
  return {
    orientation: 'landscape',
    blocks: [
      { type: 'paragraph', text: t.table.title, size: 16, bold: true, align: 'center' },
      { type: 'paragraph', text: `部门名称：${spec.department}`, size: 9 },
      { type: 'paragraph', text: '单位：万元', size: 9, align: 'right' },
      t.table,
      ...t.notes.map((note) => ({ type: 'paragraph' as const, text: note, size: 9 })),
    ],
  };
}

export function styleB(spec: Spec, rng: Random): Disclosure {
  const tables = styleBTables(spec, rng.fork('tables'));
  const prose = narrative(spec, rng, tables.map((t) => t.table.title));
  return {
    title: `${spec.year}年${spec.department}部门预算公开`,
    sections: [{ orientation: 'portrait', pageNumbers: true, blocks: prose.blocks }, ...tables.map((t) => tableSection(spec, t))],
    proseFacts: prose.facts,
    staff: { authorized: null, actual: null },
    proseProjects: [],
    printedUnit: '万元',
    creator: 'WPS Office (synthetic style B)',
  };
}
