/**
 * Reads the generated dictionary files on first use and keeps them for the life of the process. They
 * are read with fs rather than imported: tsc would otherwise infer a type for 4 MB of JSON in every
 * typecheck, lint and test worker (about 270 MB more memory each). `npm run build` copies
 * generated/ into dist/ so the same relative path works from the source tree and from the build.
 */
import fs from 'node:fs';
import path from 'node:path';

export const GENERATED_FILES = {
  verbs: 'cameo-verbs.json',
  actors: 'phoenix-actors.json',
  agents: 'phoenix-agents.json',
  discards: 'phoenix-discards.json',
} as const;

export type GeneratedFile = (typeof GENERATED_FILES)[keyof typeof GENERATED_FILES];

const cache = new Map<GeneratedFile, unknown>();

export function generatedPath(name: GeneratedFile): string {
  return path.join(__dirname, 'generated', name);
}

/** The parsed file (cached). The type is the caller's: the converter and the drift test keep it honest. */
export function loadGenerated<T>(name: GeneratedFile): T {
  if (!cache.has(name)) {
    const file = generatedPath(name);
    if (!fs.existsSync(file)) {
      throw new Error(
        `Dictionary file ${file} is missing: run \`npm run build\` (it copies ` +
          'src/ingest/dictionaries/generated/ into dist/) or `npm run dictionaries` to regenerate it.',
      );
    }
    cache.set(name, JSON.parse(fs.readFileSync(file, 'utf8')) as unknown);
  }
  return cache.get(name) as T;
}
