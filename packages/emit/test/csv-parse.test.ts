import { describe, expect, it } from 'vitest';
import { csvToRecords, parseCsv } from '../src/csv-parse.ts';
import { toCsv } from '../src/csv-write.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,b\n"x,1","say ""hi""\nthere"\n')).toEqual([['a', 'b'], ['x,1', 'say "hi"\nthere']]);
  });

  it('accepts CRLF, a BOM, and a missing final line break', () => {
    expect(parseCsv('\ufeffa,b\r\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('keeps empty fields and reads them as null in records', () => {
    expect(parseCsv('a,b,c\n,,\n')).toEqual([['a', 'b', 'c'], ['', '', '']]);
    expect(csvToRecords('a,b\n,x\n').rows).toEqual([{ a: null, b: 'x' }]);
  });

  it('rejects an unterminated quote and ragged records', () => {
    expect(() => parseCsv('a\n"open')).toThrow(SyntaxError);
    expect(() => csvToRecords('a,b\n1\n')).toThrow(/1 fields/);
  });

  it('round-trips what toCsv writes (a CR is dropped with the other control characters; the line feed stays)', () => {
    const rows = [{ name: '合计,"总"\r\n二', amount: '1.00', ok: true, gap: null }];
    const csv = toCsv(['name', 'amount', 'ok', 'gap'], rows, { bom: true });
    expect(csvToRecords(csv).rows).toEqual([{ name: '合计,"总"\n二', amount: '1.00', ok: 'true', gap: null }]);
  });
});
