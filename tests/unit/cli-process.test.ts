// The built `postpause` command as a user runs it: a process of its own, many at once, and from a package
// installed outside this repository.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = resolve('bin/postpause.mjs');
const TEXT = 'Na de verkiezingen: #ZwartePiet';

describe('the postpause command', () => {
  it('answers 16 calls at once, each the same', async () => {
    const calls = await Promise.all(Array.from({ length: 16 }, () => run('node', [bin, 'check', '--text', TEXT])));
    const answers = new Set(calls.map((call) => call.stdout));
    expect(answers.size).toBe(1);
    expect(JSON.parse([...answers][0]!).findings.map((f: { match: string }) => f.match)).toEqual(['verkiezingen', 'ZwartePiet']);
  }, 60_000);

  it('has --help for every command, and exits 2 on a wrong argument', async () => {
    for (const args of [['--help'], ['check', '--help'], ['policy', 'validate', '--help'], ['policy', 'export', '--help']]) {
      expect((await run('node', [bin, ...args])).stdout).toMatch(/^Usage: postpause/);
    }
    await expect(run('node', [bin, 'check', '--colour', 'red'])).rejects.toMatchObject({ code: 2 });
  });

  it('works from a package installed globally, outside this repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'postpause-pack-'));
    try {
      execFileSync('npm', ['pack', '--pack-destination', dir, '--ignore-scripts', '--silent'], { stdio: 'pipe' });
      const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'))!;
      const prefix = join(dir, 'global');
      execFileSync('npm', ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(dir, tarball)], { stdio: 'pipe' });
      const out = execFileSync(join(prefix, 'bin', 'postpause'), ['check', '--text', TEXT], { cwd: dir, encoding: 'utf8' });
      expect(JSON.parse(out).pause).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
