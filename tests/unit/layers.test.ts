/**
 * The layers of src/ point one way (docs/architecture.md): a file may import from its own top-level
 * folder and from any lower layer, never from a higher one nor from another folder of the same rank.
 * Entry points (src/main.ts, every *.cli.ts, src/bench/, src/eval/) may import anything.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { sourceFiles } from '../helpers/source-files';

const SRC = path.resolve(__dirname, '../../src');

/** Rank of each top-level entry of src/: lower numbers sit higher and may import higher numbers. */
const RANKS: Readonly<Record<string, number>> = {
  'main.ts': 1,
  bench: 1,
  eval: 1,
  server: 2,
  'build-schema.ts': 3,
  export: 3,
  resolvers: 4,
  ingest: 5,
  seed: 5,
  runtime: 6,
  graph: 7,
  schema: 8,
  kg: 9,
  config: 10,
  errors: 10,
};
const ENTRY_RANK = 1;

/** The top-level entry of src/ a path belongs to ('graph', 'main.ts', …). */
function topOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0] ?? '';
}

function rankOf(file: string): number | undefined {
  return file.endsWith('.cli.ts') ? ENTRY_RANK : RANKS[topOf(file)];
}

interface Edge {
  readonly from: string;
  readonly spec: string;
  readonly to: string;
}

interface Source {
  readonly file: string;
  readonly text: string;
}

/** Every relative import, export-from, require() and import() of a file, resolved to a path. */
function importsOf({ file, text }: Source): Edge[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles
    .map(i => i.fileName)
    .filter(spec => spec.startsWith('.'))
    .map(spec => ({ from: file, spec, to: path.resolve(path.dirname(file), spec) }));
}

/** The imports that break the layering, as `file imports 'spec' (rank a -> b)` lines. */
function upwardImports(sources: readonly Source[]): string[] {
  const bad: string[] = [];
  for (const source of sources) {
    const file = source.file;
    const from = rankOf(file);
    if (from === undefined || from === ENTRY_RANK) {
      continue;
    }
    for (const edge of importsOf(source)) {
      if (!edge.to.startsWith(SRC + path.sep) || topOf(edge.to) === topOf(file)) {
        continue; // outside src/ (package.json) or inside the same folder
      }
      const to =
        rankOf(edge.to.endsWith('.ts') ? edge.to : `${edge.to}.ts`) ?? RANKS[topOf(edge.to)];
      if (to === undefined || to <= from) {
        const why = to === undefined ? 'unranked' : to === from ? 'same rank' : 'upward';
        bad.push(
          `src/${path.relative(SRC, file)} imports '${edge.spec}' (${why}: rank ${from} -> ${String(to)})`,
        );
      }
    }
  }
  return bad;
}

/** A file that is not on disk, at a path under src/. */
const probe = (rel: string, text: string): Source => ({ file: path.join(SRC, rel), text });

describe('the layers of src/', () => {
  const sources = sourceFiles(SRC).map(file => ({ file, text: fs.readFileSync(file, 'utf8') }));

  it('gives every top-level folder and file of src/ a rank, so a new one must be placed', () => {
    const unranked = fs.readdirSync(SRC).filter(name => RANKS[name] === undefined);
    expect(unranked).toEqual([]);
  });

  it('has no import that points up or sideways', () => {
    expect(upwardImports(sources)).toEqual([]);
  });

  it('reads every kind of import of every file', () => {
    const edges = sources.flatMap(importsOf);
    expect(edges.length).toBeGreaterThan(300);
    expect(edges.some(e => e.from.endsWith(path.join('server', 'app.ts')))).toBe(true);
  });

  it('names the file and the import that points up, however it is written', () => {
    const bad = upwardImports([
      probe(
        'kg/probe.ts',
        "import type { RequestContext } from '../resolvers/context';\n" +
          "export { ARTICLES_COUNT } from '../graph/cypher/read.cypher';\n" +
          "const lazy = () => import('../server/app');\n" +
          "import { MAX_ARTICLE_BYTES } from './article-input';\n" +
          "import { projectRoot } from '../config/config';\n",
      ),
    ]);
    expect(bad).toEqual([
      "src/kg/probe.ts imports '../resolvers/context' (upward: rank 9 -> 4)",
      "src/kg/probe.ts imports '../graph/cypher/read.cypher' (upward: rank 9 -> 7)",
      "src/kg/probe.ts imports '../server/app' (upward: rank 9 -> 2)",
    ]);
  });

  it('refuses imports between two folders of the same rank, and lets entry points import anything', () => {
    expect(
      upwardImports([
        probe('seed/probe.ts', "import { parsingExtractor } from '../ingest/article.extractor';"),
      ]),
    ).toEqual(["src/seed/probe.ts imports '../ingest/article.extractor' (same rank: rank 5 -> 5)"]);
    expect(
      upwardImports([probe('graph/probe.ts', "import { x } from '../ingest/ingest.cli';")]),
    ).toEqual(["src/graph/probe.ts imports '../ingest/ingest.cli' (upward: rank 7 -> 1)"]);
    expect(
      upwardImports([probe('seed/seed2.cli.ts', "import { createApp } from '../server/app';")]),
    ).toEqual([]);
  });
  it('is drawn in the README and docs/architecture.md with every top-level entry of src/', () => {
    const readme = fs.readFileSync(path.resolve(SRC, '../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Architecture'));
    const doc = fs.readFileSync(path.resolve(SRC, '../docs/architecture.md'), 'utf8');
    const names = fs
      .readdirSync(SRC, { withFileTypes: true })
      .map(e => (e.isDirectory() ? `${e.name}/` : e.name));
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter(n => !section.includes(n))).toEqual([]);
    expect(names.filter(n => !doc.includes(n))).toEqual([]);
  });
});
