/**
 * The command line as the user typed it, read strictly: every mistake (an unknown option,
 * a missing or bad value, a value that is really the next option) becomes a UsageError
 * whose message is one short line, which `runCli` prints with the usage and exit status 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The user typed something the command cannot take. */
export class UsageError extends Error {
  override readonly name: string = 'UsageError';
}

/** `parseArgs` (strict, its default), with its errors turned into UsageErrors that name the option. */
export function parseCommandLine<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) throw new UsageError(plainMessage(code, (error as Error).message, config.args ?? []));
    throw error;
  }
}

/** Node's messages span lines and quote; ours say the same in a few words. */
function plainMessage(code: string, message: string, args: readonly string[]): string {
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  // `-o, --out <value>`: the spellings of one option; the long one names it.
  const spellings = quoted.replace(/ <value>$/, '').split(', ');
  const option = spellings.at(-1)!;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument ${JSON.stringify(quoted)}`;
  if (/does not take an argument/.test(message)) return `${option} takes no value`;
  if (/ambiguous/.test(message)) {
    // `--out --jobs 4`: the value is missing and the next option would be taken for it.
    const next = args[args.findIndex((arg) => spellings.includes(arg)) + 1] ?? '';
    const long = /use '(--[^=']+)=/.exec(message)?.[1] ?? option;
    return `${long} needs a value, not the option ${next} (write ${long}=${next} if you mean it)`;
  }
  if (/argument missing/.test(message)) return `${option} needs a value`;
  return message.split('\n')[0]!;
}

/** A whole number of at least `min` given to `flag`, or undefined when the option was not given. */
export function wholeNumber(value: string | undefined, flag: string, min = 1): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min) {
    throw new UsageError(`${flag} wants a whole number${min === 1 ? ' above 0' : ` of at least ${min}`}, not ${JSON.stringify(value)}`);
  }
  return n;
}

/** Runs a parser of an option's value (a format list, a name), turning its complaint into a UsageError. */
export function asUsageError<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
