// Server rendering: throughput of ours against the template-string baseline (bench/ssr-worker.mjs),
// then a CPU profile of ours alone (node --cpu-prof), summarised by self time per function and package.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DIST } from './dist.mjs';
import { summariseCpuProfile } from './profile.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const worker = fileURLToPath(new URL('./ssr-worker.mjs', import.meta.url));

async function node(args) {
  try {
    const { stdout } = await run(process.execPath, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(stdout);
  } catch (error) {
    const detail = String(error.stderr ?? error.message).trim().split('\n').slice(-6).join('\n');
    throw new Error(`server rendering failed:\n${detail}`);
  }
}

export async function benchSsr({ seconds, log }) {
  const result = await node([worker, `--dist=${DIST}`, `--seconds=${seconds}`]);
  log(`  ssr: ours ${Math.round(result.ours.cardsPerSecond)}/s, baseline ${Math.round(result.baseline.cardsPerSecond)}/s`);
  const dir = mkdtempSync(join(tmpdir(), 'news-card-prof-'));
  try {
    await node(['--cpu-prof', `--cpu-prof-dir=${dir}`, worker, `--dist=${DIST}`, '--only=ours', `--seconds=${Math.max(2, seconds / 2)}`]);
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    result.profile = summariseCpuProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')), '', 5);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}
