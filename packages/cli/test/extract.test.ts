/**
 * `pnpm extract` end to end on one committed sample whose two tables of no known kind
 * (单位基本情况 and 资产 tables of house style C) are what coverage.csv must report.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { csvToRecords } from '@budget/emit';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');
const sample = join(root, 'samples/C-1-shijiazhuang-qiaoxi-2024.docx');
const out = mkdtempSync(join(tmpdir(), 'cli-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('pnpm extract', () => {
  it('writes coverage.csv and ends with a summary of what was not recognised', async () => {
    const { stderr } = await run('npx', ['tsx', 'packages/cli/src/main.ts', 'extract', sample, '--out', out, '--no-isolate'], { cwd: root });
    const { rows } = csvToRecords(readFileSync(join(out, 'coverage.csv'), 'utf8'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => [r.what, r.text])).toEqual([['table_title', '部门机构设置情况'], ['table_header', '项目 | 数量 | 价值(金额单位:万元)']]);
    expect(rows.every((r) => r.example_sources === sample && r.documents === '1')).toBe(true);
    expect(stderr).toContain(`not recognised (see ${join(out, 'coverage.csv')}):`);
    expect(stderr).toMatch(/1 table titles \(1×\), 1 untitled tables \(1×\)/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { row_counts: Record<string, number> };
    expect(manifest.row_counts['coverage.csv']).toBe(rows.length);
  });
});
