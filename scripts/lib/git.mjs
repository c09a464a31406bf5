import { spawnSync } from 'node:child_process';

/** Runs git in `cwd`; its trimmed output, or undefined when git fails (not a checkout, unknown commit). */
export function git(cwd, args) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}
