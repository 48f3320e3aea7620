/**
 * A strict parser of the Prometheus text exposition format (version 0.0.4), for tests:
 * it rejects what a Prometheus server would reject and a bit more (families split
 * apart, duplicate series, histograms whose buckets, sum and count disagree).
 */

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface MetricFamily {
  name: string;
  help: string | null;
  type: 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';
  samples: Sample[];
}

export class PrometheusParseError extends Error {
  override readonly name = 'PrometheusParseError';
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
  }
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);

export function parsePrometheusText(text: string): Map<string, MetricFamily> {
  const families = new Map<string, MetricFamily>();
  const finished = new Set<string>();
  const seriesSeen = new Set<string>();
  const typed = new Set<string>();
  let current: MetricFamily | null = null;
  const lines = text.split('\n');
  if (lines[lines.length - 1] !== '') throw new PrometheusParseError(lines.length, 'the exposition must end with a line feed');

  const family = (name: string, lineNo: number): MetricFamily => {
    if (current?.name === name) return current;
    if (finished.has(name) || families.has(name)) throw new PrometheusParseError(lineNo, `metric family ${name} appears in two places`);
    if (current) finished.add(current.name);
    current = { name, help: null, type: 'untyped', samples: [] };
    families.set(name, current);
    return current;
  };

  lines.slice(0, -1).forEach((line, index) => {
    const lineNo = index + 1;
    if (line.trim() === '') return;
    if (line.startsWith('#')) {
      const match = /^#\s+(HELP|TYPE)\s+(\S+)(?:\s(.*))?$/.exec(line);
      if (!match) return; // an ordinary comment
      const [, keyword, name, rest = ''] = match;
      if (!METRIC_NAME.test(name!)) throw new PrometheusParseError(lineNo, `bad metric name ${name}`);
      const f = family(name!, lineNo);
      if (keyword === 'HELP') {
        if (f.help !== null) throw new PrometheusParseError(lineNo, `second HELP for ${name}`);
        f.help = unescapeHelp(rest, lineNo);
      } else {
        if (typed.has(f.name)) throw new PrometheusParseError(lineNo, `second TYPE for ${name}`);
        typed.add(f.name);
        if (!TYPES.has(rest.trim())) throw new PrometheusParseError(lineNo, `unknown type ${rest}`);
        if (f.samples.length) throw new PrometheusParseError(lineNo, `TYPE of ${name} after its samples`);
        f.type = rest.trim() as MetricFamily['type'];
      }
      return;
    }
    const sample = parseSample(line, lineNo);
    const familyName = familyOf(sample.name, current);
    const f = family(familyName, lineNo);
    checkSampleName(f, sample.name, lineNo);
    const key = `${sample.name}${JSON.stringify(Object.entries(sample.labels).sort())}`;
    if (seriesSeen.has(key)) throw new PrometheusParseError(lineNo, `duplicate series ${key}`);
    seriesSeen.add(key);
    if (f.type === 'counter' && !(sample.value >= 0)) throw new PrometheusParseError(lineNo, `counter ${sample.name} is ${sample.value}`);
    f.samples.push(sample);
  });
  for (const f of families.values()) if (f.type === 'histogram') checkHistogram(f);
  return families;
}

/** The family a sample belongs to: histogram and summary samples carry suffixes. */
function familyOf(name: string, current: MetricFamily | null): string {
  if (current && (current.type === 'histogram' || current.type === 'summary')) {
    for (const suffix of ['_bucket', '_sum', '_count']) {
      if (name === `${current.name}${suffix}`) return current.name;
    }
  }
  return name;
}

function checkSampleName(f: MetricFamily, name: string, lineNo: number): void {
  const allowed =
    f.type === 'histogram' ? [`${f.name}_bucket`, `${f.name}_sum`, `${f.name}_count`]
    : f.type === 'summary' ? [f.name, `${f.name}_sum`, `${f.name}_count`]
    : [f.name];
  if (!allowed.includes(name)) throw new PrometheusParseError(lineNo, `sample ${name} does not belong to ${f.type} ${f.name}`);
}

function parseSample(line: string, lineNo: number): Sample {
  const nameMatch = /^([a-zA-Z_:][a-zA-Z0-9_:]*)/.exec(line);
  if (!nameMatch) throw new PrometheusParseError(lineNo, `not a sample: ${line}`);
  const name = nameMatch[1]!;
  let rest = line.slice(name.length);
  const labels: Record<string, string> = {};
  if (rest.startsWith('{')) {
    let i = 1;
    for (;;) {
      while (rest[i] === ' ') i++;
      if (rest[i] === '}') {
        i++;
        break;
      }
      const labelMatch = /^([a-zA-Z_][a-zA-Z0-9_]*)="/.exec(rest.slice(i));
      if (!labelMatch || !LABEL_NAME.test(labelMatch[1]!)) throw new PrometheusParseError(lineNo, `bad label at "${rest.slice(i)}"`);
      const labelName = labelMatch[1]!;
      if (labelName in labels) throw new PrometheusParseError(lineNo, `label ${labelName} given twice`);
      i += labelMatch[0].length;
      let value = '';
      for (;;) {
        const c = rest[i];
        if (c === undefined) throw new PrometheusParseError(lineNo, 'unterminated label value');
        if (c === '"') break;
        if (c === '\\') {
          const next = rest[i + 1];
          if (next === 'n') value += '\n';
          else if (next === '\\' || next === '"') value += next;
          else throw new PrometheusParseError(lineNo, `bad escape \\${next}`);
          i += 2;
        } else {
          if (c === '\n') throw new PrometheusParseError(lineNo, 'raw line feed in a label value');
          value += c;
          i++;
        }
      }
      labels[labelName] = value;
      i++;
      while (rest[i] === ' ') i++;
      if (rest[i] === ',') i++;
      else if (rest[i] !== '}') throw new PrometheusParseError(lineNo, `expected , or } at "${rest.slice(i)}"`);
    }
    rest = rest.slice(i);
  }
  const parts = rest.trim().split(/\s+/);
  if (!rest.startsWith(' ') || parts.length < 1 || parts.length > 2) throw new PrometheusParseError(lineNo, `expected " value [timestamp]" after ${name}`);
  const value = parseValue(parts[0]!, lineNo);
  if (parts[1] !== undefined && !/^-?\d+$/.test(parts[1])) throw new PrometheusParseError(lineNo, `bad timestamp ${parts[1]}`);
  return { name, labels, value };
}

function parseValue(text: string, lineNo: number): number {
  if (text === 'NaN') return Number.NaN;
  if (text === '+Inf' || text === 'Inf') return Number.POSITIVE_INFINITY;
  if (text === '-Inf') return Number.NEGATIVE_INFINITY;
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(text)) throw new PrometheusParseError(lineNo, `bad value ${text}`);
  return Number(text);
}

function unescapeHelp(text: string, lineNo: number): string {
  return text.replace(/\\(.)/g, (_, c: string) => {
    if (c === 'n') return '\n';
    if (c === '\\') return '\\';
    throw new PrometheusParseError(lineNo, `bad escape in HELP: \\${c}`);
  });
}

/** Per label set: buckets ascending by le and cumulative, a +Inf bucket equal to _count, and a _sum. */
function checkHistogram(f: MetricFamily): void {
  const groups = new Map<string, { buckets: Array<{ le: number; value: number }>; sum?: number; count?: number }>();
  for (const s of f.samples) {
    const { le, ...rest } = s.labels;
    const key = JSON.stringify(Object.entries(rest).sort());
    const group = groups.get(key) ?? { buckets: [] };
    groups.set(key, group);
    if (s.name.endsWith('_bucket')) {
      if (le === undefined) throw new PrometheusParseError(0, `${s.name} without le`);
      group.buckets.push({ le: parseValue(le, 0), value: s.value });
    } else if (le !== undefined) {
      throw new PrometheusParseError(0, `${s.name} must not carry le`);
    } else if (s.name.endsWith('_sum')) group.sum = s.value;
    else group.count = s.value;
  }
  for (const [key, g] of groups) {
    const where = `${f.name}${key}`;
    if (g.sum === undefined || g.count === undefined) throw new PrometheusParseError(0, `${where}: _sum or _count missing`);
    for (let i = 1; i < g.buckets.length; i++) {
      if (!(g.buckets[i]!.le > g.buckets[i - 1]!.le)) throw new PrometheusParseError(0, `${where}: buckets not in increasing le order`);
      if (g.buckets[i]!.value < g.buckets[i - 1]!.value) throw new PrometheusParseError(0, `${where}: bucket counts decrease`);
    }
    const last = g.buckets[g.buckets.length - 1];
    if (!last || last.le !== Number.POSITIVE_INFINITY) throw new PrometheusParseError(0, `${where}: no le="+Inf" bucket`);
    if (last.value !== g.count) throw new PrometheusParseError(0, `${where}: +Inf bucket ${last.value} differs from _count ${g.count}`);
  }
}
