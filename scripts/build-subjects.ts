/**
 * Writes packages/map/data/subjects.json: budget subject codes and their names (政府收支分类科目),
 * from the sample generator's catalog and every code a hand-checked truth file prints. The map
 * stage reads it to give uncoded rows (templates that print names only) their codes.
 *   npx tsx scripts/build-subjects.ts
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { compact, toHalfWidth } from '@budget/model';
import { ECONOMIC_NAMES, FUNCTION_CLASSES, FUNCTION_NAMES, GOV_ECONOMIC_NAMES } from '../packages/samplegen/src/catalog/subjects.ts';
import { parseCsv } from './real-truth.ts';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const names = new Map<string, string>();
const add = (code: string, name: string) => {
  const clean = compact(toHalfWidth(name)).replace(/^其中[:：]/, '');
  if (/^\d{3}(\d{2}){0,2}$/.test(code) && clean && !names.has(code)) names.set(code, clean);
};
for (const [code, name] of Object.entries({ ...FUNCTION_NAMES, ...ECONOMIC_NAMES, ...GOV_ECONOMIC_NAMES })) add(code, name);
for (const { code, name } of FUNCTION_CLASSES) add(code, name);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : n.endsWith('.csv') ? [join(dir, n)] : []));
}
for (const file of walk(join(root, 'test/real-truth'))) {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const code = header!.indexOf('code');
  const name = header!.indexOf('name');
  for (const row of rows) add(row[code] ?? '', row[name] ?? '');
}
const sorted = Object.fromEntries([...names].sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(join(root, 'packages/map/data/subjects.json'), JSON.stringify(sorted, null, 1) + '\n');
console.log(`subjects.json: ${names.size} codes`);
