/**
 * JSON Schema (draft 2020-12) of every record type, generated from the model's zod
 * schemas so the files can never drift from the types. `measure` is an open pattern
 * in zod; its description lists the known names and how composite names are built.
 */
import { z } from 'zod';
import {
  BudgetLine, CanonicalDocument, DocumentRow, FindingRow, Indicator, MEASURES, Measure, Project,
} from '@budget/model';
import { CoverageRow } from './coverage.ts';
import { SpendingRow } from './spending.ts';

interface RecordType {
  schema: z.ZodType;
  description: string;
}

/** schema/<name>.json for each record type. */
export const RECORD_TYPES: Record<string, RecordType> = {
  document: { schema: DocumentRow, description: 'One row of documents.csv / documents.jsonl: one source document.' },
  budget_line: {
    schema: BudgetLine,
    description: 'One row of budget_lines.jsonl: one amount printed in a recognised budget table. budget_lines.csv has the same fields except provenance.',
  },
  project: { schema: Project, description: 'One row of projects.jsonl. projects.csv omits provenance.' },
  indicator: { schema: Indicator, description: 'One row of indicators.jsonl: one performance indicator. indicators.csv omits provenance.' },
  finding: { schema: FindingRow, description: 'One row of findings.csv / findings.jsonl: a validation result or repair that is not a plain pass.' },
  spending: {
    schema: SpendingRow,
    description: 'One row of spending.csv / spending.jsonl: one figure per document × classification × code × measure, from the authoritative table (docs/DATASET.md).',
  },
  coverage: {
    schema: CoverageRow,
    description: 'One row of coverage.csv / coverage.jsonl: a table title, untitled table header, column header or row label the run printed and did not understand, with counts and examples.',
  },
  canonical_document: {
    schema: CanonicalDocument,
    description: 'documents/<doc_id>.json: the full canonical record of one document, every value with its provenance.',
  },
};

export function measureDescription(): string {
  const known = Object.entries(MEASURES).map(([name, label]) => `${name} (${label})`).join(', ');
  return (
    'What the amount column means. Known measures: ' + known + '. ' +
    'A composite measure joins a column group to its sub-column with "_": basic_general_budget is ' +
    '基本支出 › 一般公共预算, project_fiscal_appropriation is 项目支出 › 财政拨款. ' +
    'A column that fits none gets a new lowercase name of the same form.'
  );
}

export function recordJsonSchemas(): Record<string, Record<string, unknown>> {
  const description = measureDescription();
  return Object.fromEntries(
    Object.entries(RECORD_TYPES).map(([name, type]) => {
      const schema = z.toJSONSchema(type.schema, {
        target: 'draft-2020-12',
        override(ctx) {
          if (ctx.zodSchema === Measure) ctx.jsonSchema.description = description;
        },
      }) as Record<string, unknown>;
      const { $schema, ...rest } = schema;
      return [name, { $schema, title: name, description: type.description, ...rest }];
    }),
  );
}
