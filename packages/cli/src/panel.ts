/**
 * pnpm panel <dataset>... --out DIR
 *
 * Links datasets across years: DIR/panel.csv (+ .jsonl) with one row per department_key ×
 * year × kind × classification × code × measure, and DIR/findings.csv with the cross-year
 * check's differences (cross_year.prior_year). docs/analysis.md shows how to use it.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildPanel, datasetColumns, PANEL_COLUMNS, readPanelInput, toCsv, toJsonl, writeFileAtomic, type PanelInput } from '@budget/emit';
import { checkOutDir, parseCommandLine, runCli, UsageError } from '@budget/progress';

const USAGE = `usage: pnpm panel <dataset dir>... --out DIR

  --out DIR   where panel.csv, panel.jsonl and findings.csv are written (default: panel)`;

runCli(USAGE, async () => {
  const { values, positionals } = parseCommandLine({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { out: { type: 'string', default: 'panel' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('give at least one dataset directory');
  const out = await checkOutDir(values.out);
  const inputs: PanelInput[] = [];
  for (const dir of positionals) {
    try {
      inputs.push(await readPanelInput(dir));
    } catch (error) {
      throw new UsageError(`${dir} is not a dataset with documents.jsonl, budget_lines.jsonl and spending.jsonl (${(error as Error).message})`);
    }
  }
  const panel = buildPanel(inputs);
  await mkdir(out, { recursive: true });
  await writeFileAtomic(join(out, 'panel.csv'), toCsv(PANEL_COLUMNS, panel.rows, { bom: false }));
  await writeFileAtomic(join(out, 'panel.jsonl'), toJsonl(panel.rows));
  await writeFileAtomic(join(out, 'findings.csv'), toCsv(datasetColumns.findings, panel.findings, { bom: false }));
  const { compared, agree, differ, not_comparable, from_prose: prose } = panel.summary;
  console.error(`panel: ${panel.rows.length} rows, ${panel.departments.size} department(s) written to ${out}`);
  for (const [key, years] of [...panel.departments].sort()) console.error(`  ${key}: ${[...years.keys()].sort().join(', ')}`);
  console.error(
    `cross-year check (上年预算数 against the previous year's document): ${compared} compared, ${agree} agree, ${differ} differ` +
      ` (findings.csv), ${not_comparable} without a previous-year figure to compare`,
  );
  console.error(
    `  of which implied by the prose ("与上年相比增加…"): ${prose.compared} compared, ${prose.agree} agree, ${prose.differ} differ, ${prose.not_comparable} without a previous-year figure`,
  );
  return 0;
});
