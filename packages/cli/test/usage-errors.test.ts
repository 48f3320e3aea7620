/**
 * `pnpm extract` and `pnpm panel` given mistakes on the command line: one line with the
 * usage, exit status 2, before any document is read (real processes, run side by side).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectUsageMistake, runScript } from '../../progress/test/support/command-process.ts';

const scratch = mkdtempSync(join(tmpdir(), 'cli-usage-'));
const file = join(scratch, 'a-file');
writeFileSync(file, 'not a directory\n');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const EXTRACT = 'packages/cli/src/main.ts';
const PANEL = 'packages/cli/src/panel.ts';

describe.concurrent('pnpm extract, told something it cannot take', () => {
  it.each([
    [['--foo'], 'unknown option --foo'],
    [['samples', '--jobs', 'abc'], '--jobs wants a whole number above 0, not "abc"'],
    [['samples', '--jobs', '0'], '--jobs wants a whole number above 0, not "0"'],
    [['samples', '--max-pages=x'], '--max-pages wants a whole number'],
    [['samples', '--formats', 'nonsense'], 'unknown format(s) nonsense; known: csv, jsonl, parquet, duckdb'],
    [[], 'give at least one file, directory or URL'],
    [['samples', '--out', file], `--out ${file} is a file, not a directory`],
    [['samples', '--out', join(file, 'sub')], `cannot be created: ${file} is a file`],
    [['samples', '--out', '--jobs', '2'], '--out needs a value, not the option --jobs'],
    [['samples', '--strict=yes'], '--strict takes no value'],
  ])('extract %j', async (args, mentions) => {
    await expectUsageMistake('extract', EXTRACT, ['extract', ...args], mentions);
  });

  it('prints the whole usage for --help, exit status 0', async () => {
    const help = await runScript(EXTRACT, ['extract', '--help']);
    expect(help.code).toBe(0);
    expect(help.stderr).toMatch(/^usage: pnpm extract .*\n\n {2}--out DIR/);
  });
});

describe.concurrent('pnpm panel, told something it cannot take', () => {
  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [[], 'give at least one dataset directory'],
    [['samples', '--out'], '--out needs a value'],
    [['samples', '--out', file], `--out ${file} is a file, not a directory`],
    [[scratch], `${scratch} is not a dataset`],
  ])('panel %j', async (args, mentions) => {
    await expectUsageMistake('panel', PANEL, args, mentions);
  });
});
