/**
 * Metadata of the real disclosures in ../shared/real/ (not part of the repository; see its
 * README): department and region as each document prints them, checked by opening the files.
 * Skipped, saying so, where that folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '@budget/pipeline';

const real = resolve(import.meta.dirname, '../../shared/real');
const present = existsSync(real);
if (!present) console.warn(`metadata-real: ${real} is absent; the metadata check over real disclosures is skipped`);

// file, department, province, city, county, region_code
const EXPECTED: Array<[string, ...Array<string | null>]> = [
  ['nationwide/bj_gaj_2026_dept_budget_tables.pdf', '北京市公安局', '北京市', '北京市', null, '110000'],
  // A scan read by OCR: the region comes through; the department (北京市政务服务和数据管理局,
  // printed on its cover) is not read yet, so it stays null rather than a guess.
  ['nationwide/bj_zwfw_2026_dept_budget_scan.pdf', null, '北京市', '北京市', null, '110000'],
  ['nationwide/cc_xfj_2026_dept_budget.pdf', '长春市信访局', '吉林省', '长春市', null, '220100'],
  ['nationwide/cq_slj_2026_dept_budget.pdf', '重庆市水利局', '重庆市', '重庆市', null, '500000'],
  ['nationwide/cq_swu_2021_budget.pdf', '西南大学', '重庆市', '重庆市', null, '500000'],
  ['nationwide/cq_swu_2023_final.pdf', '西南大学', '重庆市', '重庆市', null, '500000'],
  ['nationwide/cq_swu_2024_budget.pdf', '西南大学', '重庆市', '重庆市', null, '500000'],
  ['nationwide/fz_swj_2026_dept_budget.pdf', '福州市商务局', '福建省', '福州市', null, '350100'],
  ['nationwide/xa_fgw_2019_dept_budget.pdf', '西安市发展和改革委员会', '陕西省', '西安市', null, '610100'],
  ['nationwide/yt_tjj_2026_dept_budget.pdf', '烟台市统计局', '山东省', '烟台市', null, '370600'],
  ['shanghai/上海市普陀区人民政府万里街道办事处25年预算.pdf', '上海市普陀区人民政府万里街道办事处', '上海市', '上海市', '普陀区', '310107'],
  ['shanghai/上海市普陀区人民政府办公室单位25年预算.pdf', '上海市普陀区人民政府办公室', '上海市', '上海市', '普陀区', '310107'],
  ['shanghai/上海市普陀区司法局26年部门预算.pdf', '上海市普陀区司法局', '上海市', '上海市', '普陀区', '310107'],
  ['shanghai/上海市普陀区商务委员会单位25年预算.pdf', '上海市普陀区商务委员会', '上海市', '上海市', '普陀区', '310107'],
  ['shanghai/上海市普陀区社会福利院24年单位预算.pdf', '上海市普陀区社会福利院', '上海市', '上海市', '普陀区', '310107'],
  ['shanghai/上海市普陀区财政局部门25年预算.pdf', '上海市普陀区财政局', '上海市', '上海市', '普陀区', '310107'],
  ['shanghai/中共上海市普陀区委社会工作部2024年度部门决算.pdf', '中共上海市普陀区委社会工作部', '上海市', '上海市', '普陀区', '310107'],
  ['jiangsu/江苏省人大办公厅/江苏省人大办公厅2017年度预算公开.pdf', '江苏省人大常委会办公厅', '江苏省', null, null, '320000'],
  ['jiangsu/江苏省人大办公厅/江苏省人大常委会2019年度部门预算公开.pdf', '江苏省人大常委会办公厅', '江苏省', null, null, '320000'],
  ['jiangsu/江苏省人大办公厅/江苏省人大常委会办公厅2019年部门预算公开表.pdf', '江苏省人大常委会办公厅', '江苏省', null, null, '320000'],
  ['jiangsu/江苏省人大办公厅/省人大办公厅2018预算公开.pdf', '江苏省人大常委会办公厅', '江苏省', null, null, '320000'],
  ['jiangsu/江苏省人民检察院/2017年省检察院部门预算.pdf', '江苏省人民检察院', '江苏省', null, null, '320000'],
  ['jiangsu/江苏省人民检察院/2018年省检察院部门预算公开.pdf', '江苏省人民检察院', '江苏省', null, null, '320000'],
  ['jiangsu/江苏省人民检察院/2019年度部门预算公开.pdf', '江苏省人民检察院', '江苏省', null, null, '320000'],
  ['jiangsu/江苏省委办公厅/江苏省委办公厅2017年部门预算.pdf', '江苏省委办公厅', '江苏省', null, null, '320000'],
  ['jiangsu/江苏省委办公厅/江苏省委办公厅2017年预算公开表格.pdf', '中国共产党江苏省委员会办公厅', '江苏省', null, null, '320000'],
  ['jiangsu/江苏省委办公厅/江苏省委办公厅2018年度部门预算公开文件.pdf', '江苏省委办公厅', '江苏省', null, null, '320000'],
  ['jiangsu/江苏省委办公厅/江苏省委办公厅2018年度部门预算公开表.pdf', '中共江苏省委办公厅', '江苏省', null, null, '320000'],
  ['jiangsu/江苏省委办公厅/江苏省委办公厅2019年度部门预算公开文件.pdf', '江苏省委办公厅', '江苏省', null, null, '320000'],
  ['jiangsu/江苏省委办公厅/江苏省委办公厅2019年度部门预算公开表格.pdf', '中共江苏省委办公厅', '江苏省', null, null, '320000'],
  ['jiangsu/江苏省政协办公厅/2017年度部门预算公开表.pdf', '江苏省政协办公厅', '江苏省', null, null, '320000'],
  ['jiangsu/江苏省政协办公厅/江苏省政协办公厅2017年度部门预算.pdf', '江苏省政协办公厅', '江苏省', null, null, '320000'],
  ['jiangsu/江苏省政协办公厅/江苏省政协办公厅2018年度部门预算.pdf', '江苏省政协办公厅', '江苏省', null, null, '320000'],
  ['jiangsu/江苏省政协办公厅/江苏省政协办公厅2018度部门预算公开表.pdf', '江苏省政协办公厅', '江苏省', null, null, '320000'],
  ['jiangsu/江苏省政协办公厅/江苏省政协办公厅2019年度部门预算.pdf', '江苏省政协办公厅', '江苏省', null, null, '320000'],
  ['jiangsu/江苏省政协办公厅/江苏省政协办公厅2019年预算公开表.pdf', '江苏省政协办公厅', '江苏省', null, null, '320000'],
  ['jiangsu/江苏省高级人民法院/江苏省高级人民法院2019年度部门预算公开.pdf', '江苏省高级人民法院', '江苏省', null, null, '320000'],
  ['jiangsu/江苏省高级人民法院/省法院2017年度部门预算公开.pdf', '江苏省高级人民法院', '江苏省', null, null, '320000'],
  ['jiangsu/江苏省高级人民法院/省法院2018年度部门预算公开.pdf', '江苏省高级人民法院', '江苏省', null, null, '320000'],
];

describe.skipIf(!present)('metadata of real disclosures', () => {
  it.each(EXPECTED)('%s', async (file, department, province, city, county, region_code) => {
    const path = resolve(real, file);
    const { document } = await processDocument(new Uint8Array(readFileSync(path)), path);
    expect({ department: document.department, province: document.province, city: document.city, county: document.county, region_code: document.region_code })
      .toEqual({ department, province, city, county, region_code });
  });
});
