/**
 * Accuracy of a run against expected datasets (samples/*.expected.json):
 *  - recall: share of expected coded amounts found with the right table, code, measure and amount;
 *  - precision: share of emitted rows (in the expected tables) that match an expected row;
 *  - headline / metadata: share of documents whose fields all agree.
 */
import type { CanonicalDocument } from '@budget/model';

export interface ExpectedLine {
  table: string;
  unit_code?: string | null;
  classification?: string;
  item?: string | null;
  code: string | null;
  name?: string;
  measure: string;
  amount_yuan: string;
}

export interface Expected {
  document: Record<string, unknown>;
  tables?: Array<{ kind: string; title: string }>;
  budget_lines: ExpectedLine[];
  projects?: Array<{ code: string | null; name: string; amount_yuan: string | null }>;
  indicators?: unknown[];
}

export interface Score {
  codedExpected: number;
  codedFound: number;
  emitted: number;
  emittedRight: number;
  headlineDocs: number;
  headlineRight: number;
  metadataRight: number;
  projectsExpected: number;
  projectsFound: number;
  projectsEmitted: number;
  projectsEmittedRight: number;
  indicatorsExpected: number;
  indicatorsFound: number;
  indicatorsEmitted: number;
  indicatorsEmittedRight: number;
  misses: string[];
  wrong: string[];
  fieldErrors: string[];
}

const HEADLINE = [
  'income_total', 'expenditure_total', 'basic_total', 'project_total', 'personnel_total', 'public_funds_total',
  'three_public_total', 'three_public_overseas', 'three_public_vehicle_purchase', 'three_public_vehicle_operation', 'three_public_reception',
  'staff_authorized', 'staff_actual',
];
const METADATA = ['province', 'city', 'county', 'department', 'year', 'kind', 'printed_unit'];

function counter(keys: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

function take(pool: Map<string, number>, key: string): boolean {
  const n = pool.get(key) ?? 0;
  if (n === 0) return false;
  pool.set(key, n - 1);
  return true;
}

const codedKey = (l: { table: string; code: string | null; measure: string; amount_yuan: string }) => `${l.table}|${l.code}|${l.measure}|${l.amount_yuan}`;
const rowKey = (l: { table: string; code: string | null; item?: string | null; unit_code?: string | null; measure: string; amount_yuan: string }) =>
  `${l.table}|${l.unit_code ?? ''}|${l.code ?? ''}|${l.code ? '' : l.item ?? ''}|${l.measure}|${l.amount_yuan}`;

export function emptyScore(): Score {
  return {
    codedExpected: 0, codedFound: 0, emitted: 0, emittedRight: 0, headlineDocs: 0, headlineRight: 0, metadataRight: 0,
    projectsExpected: 0, projectsFound: 0, projectsEmitted: 0, projectsEmittedRight: 0,
    indicatorsExpected: 0, indicatorsFound: 0, indicatorsEmitted: 0, indicatorsEmittedRight: 0, misses: [], wrong: [], fieldErrors: [],
  };
}

export function scoreDocument(record: CanonicalDocument, expected: Expected, score: Score = emptyScore(), label = record.document.source): Score {
  const expectedCoded = expected.budget_lines.filter((l) => l.code);
  const found = counter(record.budget_lines.filter((l) => l.code).map(codedKey));
  for (const line of expectedCoded) {
    score.codedExpected++;
    if (take(found, codedKey(line))) score.codedFound++;
    else score.misses.push(`${label}: missing ${codedKey(line)}`);
  }
  const expectedTables = new Set(expected.budget_lines.map((l) => l.table));
  const pool = counter(expected.budget_lines.map(rowKey));
  for (const line of record.budget_lines.filter((l) => expectedTables.has(l.table))) {
    score.emitted++;
    if (take(pool, rowKey(line))) score.emittedRight++;
    else score.wrong.push(`${label}: unexpected ${rowKey(line)} (p${line.page} "${line.name}")`);
  }
  const projectKey = (p: { code: string | null; name: string; amount_yuan: string | null }) => `${p.code ?? ''}|${p.name}|${p.amount_yuan ?? ''}`;
  const projects = counter(record.projects.map(projectKey));
  for (const project of expected.projects ?? []) {
    score.projectsExpected++;
    if (take(projects, projectKey(project))) score.projectsFound++;
    else score.misses.push(`${label}: missing project ${projectKey(project)}`);
  }
  // Precision: every emitted project must be an expected one (by name; code and amount may be missing).
  const expectedNames = counter((expected.projects ?? []).map((p) => p.name));
  for (const project of record.projects) {
    score.projectsEmitted++;
    if (take(expectedNames, project.name)) score.projectsEmittedRight++;
    else score.wrong.push(`${label}: unexpected project "${project.name}" (p${project.page})`);
  }
  type IndicatorLike = { project?: string | null; level3?: string | null; operator?: string | null; value?: string | null; unit?: string | null };
  const indicatorKey = (i: IndicatorLike) => `${i.level3 ?? ''}|${i.operator ?? ''}|${i.value ?? ''}|${i.unit ?? ''}`;
  const indicators = counter(record.indicators.map(indicatorKey));
  for (const indicator of (expected.indicators ?? []) as IndicatorLike[]) {
    score.indicatorsExpected++;
    if (take(indicators, indicatorKey(indicator))) score.indicatorsFound++;
    else score.misses.push(`${label}: missing indicator ${indicatorKey(indicator)}`);
  }
  const expectedIndicators = counter(((expected.indicators ?? []) as IndicatorLike[]).map(indicatorKey));
  for (const indicator of record.indicators) {
    score.indicatorsEmitted++;
    if (take(expectedIndicators, indicatorKey(indicator))) score.indicatorsEmittedRight++;
    else score.wrong.push(`${label}: unexpected indicator ${indicatorKey(indicator)} (p${indicator.page})`);
  }
  score.headlineDocs++;
  const doc = record.document as unknown as Record<string, unknown>;
  const differs = (field: string) => expected.document[field] !== undefined && String(expected.document[field] ?? '') !== String(doc[field] ?? '');
  const headlineErrors = HEADLINE.filter(differs);
  const metadataErrors = METADATA.filter(differs);
  if (headlineErrors.length === 0) score.headlineRight++;
  if (metadataErrors.length === 0) score.metadataRight++;
  for (const f of [...headlineErrors, ...metadataErrors]) score.fieldErrors.push(`${label}: ${f} expected ${expected.document[f]} got ${doc[f]}`);
  return score;
}

export function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

export function formatScore(s: Score): string {
  const pct = (a: number, b: number) => `${(100 * ratio(a, b)).toFixed(2)}% (${a}/${b})`;
  return [
    `coded amounts found (table, code, measure, amount): ${pct(s.codedFound, s.codedExpected)}`,
    `emitted rows right:                                 ${pct(s.emittedRight, s.emitted)}`,
    `documents with headline figures right:              ${pct(s.headlineRight, s.headlineDocs)}`,
    `documents with metadata right:                      ${pct(s.metadataRight, s.headlineDocs)}`,
    `projects found (code, name, amount):                ${pct(s.projectsFound, s.projectsExpected)}`,
    `emitted projects expected (name):                   ${pct(s.projectsEmittedRight, s.projectsEmitted)}`,
    `indicators found (level 3, operator, value, unit):  ${pct(s.indicatorsFound, s.indicatorsExpected)}`,
    `emitted indicators expected:                        ${pct(s.indicatorsEmittedRight, s.indicatorsEmitted)}`,
  ].join('\n');
}
