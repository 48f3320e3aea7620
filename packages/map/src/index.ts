/**
 * The mapping stage: a repaired SourceDocument to the canonical record of the contract
 * (tables recognised, lines in 元, metadata, headline figures, projects, indicators).
 */
import { HEADLINE_KEYS, type CanonicalDocument, type DocumentRow, type Finding, type SourceDocument, type Unit } from '@budget/model';
import { headlines } from './headline.ts';
import { metadataOf } from './metadata.ts';
import { proseFacts } from './prose.ts';
import { priorYearStatements } from './prior-year.ts';
import { dominantUnit, readTables } from './read-tables.ts';
import { chooseUnitReadings } from './unit-reading.ts';
import { performanceOf, projectsOf } from './performance.ts';

export { recogniseTableKind, looksLikeTableTitle, normaliseTitle } from './table-kinds.ts';
export { measureOf } from './measures.ts';
export { regionIn } from './regions.ts';
export { proseFacts, cleanProse } from './prose.ts';
export { priorYearStatements } from './prior-year.ts';

/** Runs one named pass and keeps its time (ms) for the manifest. */
function passTimer() {
  const timings: Record<string, number> = {};
  return {
    timings,
    pass<T>(name: string, run: () => T): T {
      const started = performance.now();
      try { return run(); } finally { timings[`map.${name}`] = performance.now() - started; }
    },
  };
}

/**
 * The map stage as named passes in execution order: read the prose → recognise tables and
 * read their lines → settle units → describe the document (metadata, headline figures) →
 * projects and indicators. Each pass returns its value; findings collect on the document.
 */
export function mapDocument(doc: SourceDocument): CanonicalDocument {
  const findings: Finding[] = [...doc.findings];
  const { pass, timings } = passTimer();
  const prose = pass('read_prose', () => proseFacts(doc.blocks));
  const priorYear = pass('read_prior_year', () => priorYearStatements(doc.blocks));
  // Where no table prints a unit, the unit the prose states its figures in.
  const proseUnit = dominantUnit(Object.values(prose.facts).map((f) => (/万元/.test(f!.provenance.text) ? '万元' : '元') as Unit));
  const prelimMeta = metadataOf(doc.blocks, [], doc.source);
  const read = pass('read_tables', () => readTables(doc, prelimMeta.year, proseUnit, findings));
  const { tables, contexts, documentUnit } = read;
  const lines = pass('settle_units', () => {
    const settled = chooseUnitReadings(tables, read.inferredUnits, read.lines, findings);
    for (const { ctx } of contexts) ctx.unit = tables[ctx.tableIndex]!.unit as Unit;
    return settled;
  });
  const { meta, headline } = pass('describe_document', () => {
    const unitRows = lines
      .filter((l) => l.item === 'unit.total' && l.unit_code)
      .map((l) => ({ code: l.unit_code!, name: l.unit_name ?? l.name }));
    const meta = metadataOf(doc.blocks, unitRows, doc.source);
    return { meta, headline: headlines(lines, prose.facts, meta.kind, tables) };
  });
  const { projects, indicators } = pass('projects_and_indicators', () => performanceOf(doc.docId, contexts, projectsOf(doc.docId, contexts)));

  const document: DocumentRow = {
    doc_id: doc.docId,
    source: doc.source,
    format: doc.format,
    pages: doc.pages,
    province: meta.province,
    city: meta.city,
    county: meta.county,
    region_code: meta.region_code,
    department: meta.department,
    department_code: meta.department_code,
    year: meta.year,
    kind: meta.kind,
    printed_unit: documentUnit,
    status: 'ok',
    quality: null,
    error: null,
    ...Object.fromEntries(HEADLINE_KEYS.map((k) => [k, headline[k]?.amount_yuan ?? null])),
    staff_authorized: prose.staff_authorized,
    staff_actual: prose.staff_actual,
    table_kinds: tables.length ? [...new Set(tables.map((t) => t.kind))].join(';') : null,
  } as DocumentRow;

  return {
    document,
    headline_sources: headline as Record<string, (typeof headline)[keyof typeof headline] & object>,
    prose_facts: prose.facts as Record<string, (typeof headline)[keyof typeof headline] & object>,
    ...(priorYear.length ? { prior_year_statements: priorYear } : {}),
    tables,
    unrecognised_tables: read.unrecognised,
    budget_lines: lines,
    projects,
    indicators,
    findings: findings.map((f) => ({ ...f, doc_id: doc.docId })),
    timings,
  };
}
