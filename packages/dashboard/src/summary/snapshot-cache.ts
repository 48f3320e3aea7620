/**
 * Reading a harvest's state costs Redis round trips and record reads, and the page, its
 * refreshes, `/metrics` scrapes and several browsers all ask for it. One snapshot serves
 * every request for `maxAgeMs`; concurrent requests share the read in progress.
 */
export class SnapshotCache<T> {
  private latest: { value: T; at: number } | null = null;
  private pending: Promise<T> | null = null;

  constructor(
    private readonly read: () => Promise<T>,
    private readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(): Promise<T> {
    if (this.latest && this.now() - this.latest.at < this.maxAgeMs) return Promise.resolve(this.latest.value);
    this.pending ??= this.read().then(
      (value) => {
        this.latest = { value, at: this.now() };
        this.pending = null;
        return value;
      },
      (error: unknown) => {
        this.pending = null;
        throw error;
      },
    );
    return this.pending;
  }
}
