/**
 * Legacy Office files (.doc, .wps, .xls, .et) to DOCX / XLSX with LibreOffice, headless.
 * Each conversion runs its own soffice with a throw-away profile (two at once would fight
 * over one), macros and link updates off (the profile's settings), in its own process
 * group under a time limit: a hang is killed with all its children.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What LibreOffice writes: the pipeline reads DOCX and XLSX; the sample generator writes DOC. */
export type OfficeTarget = 'docx' | 'xlsx' | 'doc';

export class ConversionError extends Error {
  override readonly name = 'ConversionError';
}

/** LibreOffice's binary, from LIBREOFFICE_BIN or the PATH; null where none is installed. */
export function findSoffice(): string | null {
  const candidates = [process.env.LIBREOFFICE_BIN, 'soffice', 'libreoffice'].filter((c): c is string => !!c);
  for (const candidate of candidates) {
    const probe = spawnSync(candidate, ['--version'], { timeout: 30_000, encoding: 'utf8' });
    if (probe.status === 0) return candidate;
  }
  return null;
}

let cachedSoffice: string | null | undefined;
function soffice(): string | null {
  if (cachedSoffice === undefined) cachedSoffice = findSoffice();
  return cachedSoffice;
}

/** The version line `soffice --version` prints ("LibreOffice 7.4.7.2 …"), for the record of a conversion. */
export function sofficeVersion(): string | null {
  const bin = soffice();
  if (!bin) return null;
  const out = spawnSync(bin, ['--version'], { timeout: 30_000, encoding: 'utf8' }).stdout ?? '';
  return /LibreOffice [\d.]+/.exec(out)?.[0] ?? 'LibreOffice';
}

/**
 * The profile's settings: macros never run (security level 3 = very high, with no trusted
 * locations), and documents never update links to other files or the web.
 */
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Content/Update"><prop oor:name="Link" oor:op="fuse"><value>2</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Content/Update"><prop oor:name="Link" oor:op="fuse"><value>2</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="UseLocking" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
`;

export async function convertWithLibreOffice(bytes: Uint8Array, from: string, to: OfficeTarget, timeoutMs: number): Promise<Uint8Array> {
  const bin = soffice();
  if (!bin) throw new ConversionError(`LibreOffice is not installed; a .${from} file needs it (install libreoffice-writer-nogui and libreoffice-calc-nogui)`);
  const work = await mkdtemp(join(tmpdir(), 'budget-lo-'));
  try {
    const profile = join(work, 'profile');
    await mkdir(join(profile, 'user'), { recursive: true });
    await writeFile(join(profile, 'user', 'registrymodifications.xcu'), PROFILE_SETTINGS);
    const input = join(work, `input.${from}`);
    await writeFile(input, bytes);
    const outDir = join(work, 'out');
    await runSoffice(bin, [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless', '--invisible', '--nologo', '--nodefault', '--norestore', '--nolockcheck',
      '--convert-to', to, '--outdir', outDir, input,
    ], timeoutMs);
    const produced = (await readdir(outDir).catch(() => [] as string[])).find((name) => name.endsWith(`.${to}`));
    if (!produced) throw new ConversionError(`LibreOffice could not convert the .${from} file to ${to.toUpperCase()} (no output: damaged or not a ${from} file)`);
    return new Uint8Array(await readFile(join(outDir, produced)));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function runSoffice(bin: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' } });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString('utf8')).slice(-2000); });
    const timer = setTimeout(() => {
      killGroup(child.pid);
      reject(new ConversionError(`LibreOffice did not finish the conversion within ${timeoutMs} ms (killed)`));
    }, timeoutMs);
    child.on('error', (error) => { clearTimeout(timer); reject(new ConversionError(`LibreOffice could not start: ${error.message}`)); });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      killGroup(child.pid); // helpers it left behind
      if (code === 0) resolve();
      else reject(new ConversionError(`LibreOffice exited with ${signal ?? `code ${code}`}: ${stderr.trim().split('\n').pop() ?? ''}`.trim()));
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
