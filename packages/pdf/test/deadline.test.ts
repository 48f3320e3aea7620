import { describe, expect, it } from 'vitest';
import { startDeadline } from '../src/deadline.ts';
import { ExtractionTimeoutError } from '../src/errors.ts';

describe('startDeadline', () => {
  it('passes results through before the deadline', async () => {
    await expect(startDeadline(1000).race(Promise.resolve(7), 0)).resolves.toBe(7);
  });

  it('rejects work still pending when the deadline passes, saying how far it got', async () => {
    const err = await startDeadline(20).race(new Promise(() => {}), 4).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractionTimeoutError);
    expect(err).toMatchObject({ name: 'ExtractionTimeoutError', timeoutMs: 20, pagesDone: 4 });
  });

  it('rejects at once once the deadline is behind, and keeps the late rejection handled', async () => {
    let clock = 0;
    const deadline = startDeadline(5, () => clock);
    clock = 10;
    await expect(deadline.race(Promise.reject(new Error('late')), 1)).rejects.toBeInstanceOf(ExtractionTimeoutError);
  });
});

describe('extending a deadline', () => {
  it('moves the deadline later by the time given', async () => {
    let clock = 0;
    const deadline = startDeadline(5, () => clock);
    clock = 10;
    deadline.extend(20);
    await expect(deadline.race(Promise.resolve('in time'), 1)).resolves.toBe('in time');
    clock = 26;
    await expect(deadline.race(Promise.resolve('late'), 1)).rejects.toBeInstanceOf(ExtractionTimeoutError);
  });
});
