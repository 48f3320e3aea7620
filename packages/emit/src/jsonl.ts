/** JSON Lines: one JSON object per line, '\n' after each (an empty table is an empty file). */

export function toJsonl(rows: readonly object[]): string {
  return rows.map((row) => JSON.stringify(row) + '\n').join('');
}

export function parseJsonl(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line);
      } catch (error) {
        throw new SyntaxError(`JSONL line ${i + 1}: ${(error as Error).message}`, { cause: error });
      }
    });
}
