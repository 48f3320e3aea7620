/**
 * Issue 13 on the real Jiangsu disclosures (../shared/real/jiangsu, never committed; skipped,
 * saying so, where absent): the panel links each department's 2017–2019 documents under one
 * department_key, and the cross-year check compares every figure whose change on last year
 * the 2018 and 2019 documents state (Jiangsu prints no 上年预算数 column; its prose says
 * "与上年相比增加…") with the previous year's own document.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPanel, readPanelInput, type Panel } from '@budget/emit';
import { expandInputs, runExtraction } from '@budget/pipeline';

const jiangsu = resolve(import.meta.dirname, '../../shared/real/jiangsu');
const present = existsSync(jiangsu);
if (!present) console.warn(`panel-real: ${jiangsu} is absent; the panel over real disclosures is skipped`);

describe.skipIf(!present)('the panel over the Jiangsu disclosures', () => {
  let dir: string;
  let panel: Panel;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'panel-real-'));
    await runExtraction(await expandInputs([jiangsu]), { out: dir, toolVersion: 'test', isolate: false });
    panel = buildPanel([await readPanelInput(dir)]);
  }, 300_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('links each of the five departments\' three years under one department_key', () => {
    expect(panel.departments.size).toBe(5);
    for (const [key, years] of panel.departments) expect([...years.keys()].sort(), key).toEqual([2017, 2018, 2019]);
  });

  it('compares every stated change on last year in 2018 and 2019 with the previous year\'s document, and they agree', () => {
    const prose = panel.summary.from_prose;
    console.log(`panel-real: cross-year ${JSON.stringify(panel.summary)}`);
    expect(prose.compared).toBeGreaterThanOrEqual(50);
    expect(prose.differ).toBe(0);
    expect(panel.findings).toEqual([]);
  });
});
