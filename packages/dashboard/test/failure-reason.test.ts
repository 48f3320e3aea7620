import { describe, expect, it } from 'vitest';
import { countReasons, failureReason } from '../src/summary/failure-reason.ts';

describe('failure reasons', () => {
  it('groups by the error class the workers write, with the HTTP status or error code', () => {
    expect(failureReason('HttpStatusError: GET http://x.gov.cn/a.pdf answered 404 Not Found')).toBe('HttpStatusError 404');
    expect(failureReason('cannot read input: HttpStatusError: GET http://y/b.pdf answered 503')).toBe('HttpStatusError 503');
    expect(failureReason('NetworkError: GET http://z/ failed: connect refused (ECONNREFUSED)')).toBe('NetworkError ECONNREFUSED');
    expect(failureReason('extraction did not finish: cannot read input: BadSourceError: /data/x.pdf does not exist')).toBe('BadSourceError');
  });

  it('masks paths, URLs and numbers in messages without a class name, keeping label values bounded', () => {
    expect(failureReason('unsupported input: neither a PDF nor a DOCX file')).toBe('unsupported input');
    expect(failureReason('PDF has 812 pages, over the 500-page limit')).toBe('PDF has N pages, over the N-page limit');
    expect(failureReason('could not open /tmp/a b.pdf today')).toBe('could not open <path> b.pdf today');
    expect(failureReason('')).toBe('unknown');
    expect(failureReason('x'.repeat(200))).toHaveLength(60);
  });

  it('counts reasons, most frequent first, keeping one example of each', () => {
    const counted = countReasons(['HttpStatusError: GET a answered 404', 'TooLargeError: big', 'HttpStatusError: GET b answered 404']);
    expect(counted).toEqual([
      { reason: 'HttpStatusError 404', count: 2, example: 'HttpStatusError: GET a answered 404' },
      { reason: 'TooLargeError', count: 1, example: 'TooLargeError: big' },
    ]);
  });
});
