// The child process of typed-outputs-process.ts: registers the TypeScript loader, writes the
// typed copies of one dataset, answers with the paths written (or the error), and ends.
import { register } from 'tsx/esm/api';

register();
const { writeTypedOutputs } = await import('./typed-outputs.ts');
process.once('message', async (job) => {
  try {
    const written = await writeTypedOutputs(job.csvDir, job.outDir, job.formats);
    process.send({ written }, () => process.exit(0));
  } catch (error) {
    process.send({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }, () => process.exit(1));
  }
});
