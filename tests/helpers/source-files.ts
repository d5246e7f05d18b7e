/** The TypeScript files below a folder, recursively (the source guards: layers, module-level regexes). */
import fs from 'node:fs';
import path from 'node:path';

export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      return sourceFiles(full);
    }
    return e.name.endsWith('.ts') ? [full] : [];
  });
}
