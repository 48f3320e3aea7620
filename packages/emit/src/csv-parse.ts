/**
 * A small RFC 4180 reader for the CSVs this package writes (csv-parse is not a
 * dependency): quoted fields may hold commas, doubled quotes and line breaks;
 * records end with \n or \r\n; a leading BOM is dropped.
 */

export function parseCsv(text: string): string[][] {
  const input = text.startsWith('\ufeff') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < input.length) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') endRecord();
    else if (ch === '\r' && input[i + 1] === '\n') {
      endRecord();
      i++;
    } else field += ch;
    i++;
  }
  if (quoted) throw new SyntaxError('CSV ends inside a quoted field');
  // The last record has no line break after it only when the file does not end with one.
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

/** A parsed CSV as header plus rows keyed by column; the empty cell reads as null. */
export function csvToRecords(text: string): { header: string[]; rows: Record<string, string | null>[] } {
  const [header = [], ...records] = parseCsv(text);
  const rows = records.map((record) => {
    if (record.length !== header.length) {
      throw new SyntaxError(`CSV record has ${record.length} fields, header has ${header.length}`);
    }
    return Object.fromEntries(header.map((column, i) => [column, record[i] === '' ? null : record[i]!]));
  });
  return { header, rows };
}
