// Worker-thread entry: registers the TypeScript loader (worker threads do not inherit it),
// then runs the document worker. Plain .mjs because a worker cannot start from a .ts file.
import { register } from 'tsx/esm/api';

register();
await import('./isolated-worker.ts');
