import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOutDir, parseCommandLine, UsageError, wholeNumber } from '../src/index.ts';

const OPTIONS = { out: { type: 'string', short: 'o' }, strict: { type: 'boolean' } } as const;
const mistake = (args: string[]) => {
  try {
    parseCommandLine({ args, options: OPTIONS, allowPositionals: false });
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no mistake found in ${args.join(' ')}`);
};

describe('reading the command line', () => {
  it('says each mistake in one short line that names the option', () => {
    expect(mistake(['--foo'])).toBe('unknown option --foo');
    expect(mistake(['x'])).toBe('unexpected argument "x"');
    expect(mistake(['--out'])).toBe('--out needs a value');
    expect(mistake(['--out', '--strict'])).toBe('--out needs a value, not the option --strict (write --out=--strict if you mean it)');
    expect(mistake(['-o', '-rf'])).toBe('--out needs a value, not the option -rf (write --out=-rf if you mean it)');
    expect(mistake(['--strict=1'])).toBe('--strict takes no value');
  });

  it('takes a value that starts with a dash when it is written with =', () => {
    expect(parseCommandLine({ args: ['--out=-x'], options: OPTIONS }).values.out).toBe('-x');
  });

  it('wants whole numbers of at least the minimum', () => {
    expect(wholeNumber(undefined, '--jobs')).toBeUndefined();
    expect(wholeNumber('4', '--jobs')).toBe(4);
    expect(wholeNumber('0', '--port', 0)).toBe(0);
    for (const bad of ['0', '-1', '1.5', 'abc', '', ' ', '1e400']) expect(() => wholeNumber(bad, '--jobs'), bad).toThrow(UsageError);
  });
});

describe('an output directory', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'out-dir-'));
  const file = join(scratch, 'a-file');
  writeFileSync(file, '');
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('may exist or be creatable, but not be or sit under a file', async () => {
    await expect(checkOutDir(scratch)).resolves.toBe(scratch);
    await expect(checkOutDir(join(scratch, 'new/deeper'))).resolves.toBe(join(scratch, 'new/deeper'));
    await expect(checkOutDir(file)).rejects.toThrow(`--out ${file} is a file, not a directory`);
    await expect(checkOutDir(join(file, 'sub'), '--to')).rejects.toThrow(`--to ${join(file, 'sub')} cannot be created: ${file} is a file`);
  });
});
