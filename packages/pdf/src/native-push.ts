/**
 * pdf.js's legacy build, the one Node 20 can run, carries core-js, and core-js replaces
 * Array.prototype.push for the whole process with a JavaScript version on V8 (whose native
 * push fails a spec corner: pushing onto an array whose length is not writable). Every
 * push in the process, pdf.js's and ours, then runs through that version: a CPU profile of
 * `pnpm extract` on the Jiangsu PDFs put it and its length setter at 7% of all time, before
 * the garbage it makes. Neither pdf.js nor we push onto frozen-length arrays, so the native
 * push (taken from a fresh realm, where nothing has replaced it) is put back once pdf.js
 * and its in-thread worker have loaded.
 */
import { runInNewContext } from 'node:vm';

const nativePush = runInNewContext('Array.prototype.push') as typeof Array.prototype.push;

export function restoreNativePush(): void {
  if (Array.prototype.push === nativePush) return;
  Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, enumerable: false, configurable: true });
}
