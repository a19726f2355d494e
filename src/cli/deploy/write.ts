/** Writes the deployment files into the export folder (the CLI's part; the editor zips them instead). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DeployFiles } from './index.ts';

export function writeDeployFiles(dir: string, files: DeployFiles): void {
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
