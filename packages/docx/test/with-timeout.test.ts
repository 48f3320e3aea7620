import { describe, expect, it } from 'vitest';
import { ExtractionTimeoutError } from '../src/index.ts';
import { withTimeout } from '../src/with-timeout.ts';

describe('withTimeout', () => {
  it('rejects with ExtractionTimeoutError when the work does not settle', async () => {
    const never = () => new Promise<never>(() => {});
    await expect(withTimeout(20, never)).rejects.toBeInstanceOf(ExtractionTimeoutError);
    await expect(withTimeout(20, never)).rejects.toMatchObject({ name: 'ExtractionTimeoutError', timeoutMs: 20 });
  });

  it('passes results and errors of the work through', async () => {
    await expect(withTimeout(1000, async () => 7)).resolves.toBe(7);
    await expect(withTimeout(1000, async () => { throw new Error('boom'); })).rejects.toThrow('boom');
  });
});
