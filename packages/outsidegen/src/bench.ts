/**
 * pnpm bench:outside [--dir /tmp/outside] [--out /tmp/outside-out] [--count 16] [--first-seed 1] [--hard]
 * --hard: hard mode; the defaults become --dir /tmp/outside-hard --out /tmp/outside-hard-out --first-seed 101
 * generate → extract (pnpm extract) → score, in one go.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateRun } from './index.ts';
import { report, scoreRun } from './score-run.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' }, out: { type: 'string' }, count: { type: 'string', default: '16' }, 'first-seed': { type: 'string' }, hard: { type: 'boolean', default: false } } });
const hard = values.hard!;
values.dir ??= hard ? '/tmp/outside-hard' : '/tmp/outside';
values.out ??= hard ? '/tmp/outside-hard-out' : '/tmp/outside-out';
values['first-seed'] ??= hard ? '101' : '1';
rmSync(values.dir, { recursive: true, force: true });
rmSync(values.out, { recursive: true, force: true });
await generateRun(values.dir, Number(values.count), Number(values['first-seed']), (s) => console.error(s), { hard });
execFileSync('pnpm', ['extract', values.dir!, '--out', values.out!], { stdio: 'inherit', cwd: new URL('../../..', import.meta.url).pathname });
console.log(report(scoreRun(values.dir!, values.out!)));
