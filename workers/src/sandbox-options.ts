/**
 * How the extract worker forks its sandboxed children: node with tsx registered (the
 * processor is TypeScript), a heap limit (`extract.memoryMb`), and the resolved config in
 * the environment so a child sees exactly what its parent was started with.
 */
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SandboxedOptions } from 'bullmq';
import { RESOLVED_CONFIG_ENV, type HarvestConfig } from './config/index.ts';

export const EXTRACT_PROCESSOR_FILE = fileURLToPath(new URL('./processors/extract-processor.ts', import.meta.url));

export function sandboxOptions(config: HarvestConfig): SandboxedOptions {
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return {
    useWorkerThreads: false,
    workerForkOptions: {
      execArgv: ['--import', tsxLoader, `--max-old-space-size=${config.extract.memoryMb}`],
      env: { ...process.env, [RESOLVED_CONFIG_ENV]: JSON.stringify(config) },
    },
  };
}
