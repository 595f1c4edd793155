// Where the extraction corpus is: the saved pages of ../shared/corpora/postlight/, beside the repository and
// never copied into it. A clone elsewhere (CI's, or `git clone . /tmp/x`) finds it beside the repository it
// was cloned from. NEWS_CARD_CORPUS names another corpus of the same layout (index.json, one directory a page).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join('shared', 'corpora', 'postlight');

/** The origin's directory when this checkout was cloned from a path on this machine. */
function originDir() {
  const run = spawnSync('git', ['config', '--get', 'remote.origin.url'], { cwd: repo, encoding: 'utf8' });
  const url = run.status === 0 ? run.stdout.trim() : '';
  if (url.startsWith('file://')) return fileURLToPath(url);
  return isAbsolute(url) ? url : undefined;
}

/** The places looked at, in order. */
export function corpusCandidates() {
  if (process.env.NEWS_CARD_CORPUS) return [process.env.NEWS_CARD_CORPUS];
  const origin = originDir();
  // resolve(): a clone of `.` has the origin `/path/to/repo/.`.
  return [join(repo, '..', CORPUS), ...(origin ? [join(dirname(resolve(origin)), CORPUS)] : [])];
}

/** The corpus directory, or `undefined` when none of the candidates holds one. */
export function findCorpus() {
  return corpusCandidates().find((dir) => existsSync(join(dir, 'index.json')));
}

/** Why the corpus tests do not run here. */
export const corpusMissing = () =>
  `The extraction corpus is not on this machine (looked in ${corpusCandidates().join(', ')}); set NEWS_CARD_CORPUS to its directory.`;
