/**
 * The docs' examples and the playground's come from one source, src/server/playground-examples.ts: every
 * GraphQL block of README.md and docs/*.md is one of its operations, verbatim, and docs/queries.md shows
 * every playground example (with its variables). Edit an example there, then paste it into the docs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { INGEST_EXAMPLE, PLAYGROUND_EXAMPLES } from '../../src/server/playground-examples';
import { REPO_ROOT, codeBlocks, documentationFiles } from '../helpers/markdown';

const SOURCE = [...PLAYGROUND_EXAMPLES, INGEST_EXAMPLE];

function read(file: string): string {
  return fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
}

function graphqlBlocks(file: string): string[] {
  return codeBlocks(read(file))
    .filter(b => b.lang === 'graphql' || b.lang === 'gql')
    .map(b => b.body.trim());
}

describe('documented examples', () => {
  const files = documentationFiles();

  it.each(files)(
    '%s: every GraphQL block is an example of src/server/playground-examples.ts',
    file => {
      const known = new Set(SOURCE.map(e => e.query.trim()));
      const strays = graphqlBlocks(file).filter(block => !known.has(block));
      expect(strays).toEqual([]);
    },
  );

  it('docs/queries.md shows every playground example, and its variables', () => {
    const blocks = graphqlBlocks(path.join('docs', 'queries.md'));
    const json = codeBlocks(read(path.join('docs', 'queries.md')))
      .filter(b => b.lang === 'json')
      .map(b => b.body.trim());
    for (const example of PLAYGROUND_EXAMPLES) {
      expect({ example: example.name, shown: blocks.includes(example.query.trim()) }).toEqual({
        example: example.name,
        shown: true,
      });
      if (example.variables !== undefined) {
        expect(json).toContain(JSON.stringify(example.variables));
      }
    }
  });

  it('docs/ingest.md shows the ingest mutation, and the README a first query', () => {
    expect(graphqlBlocks(path.join('docs', 'ingest.md'))).toContain(INGEST_EXAMPLE.query.trim());
    expect(graphqlBlocks('README.md').length).toBeGreaterThanOrEqual(1);
  });

  it('finds blocks that differ from the source', () => {
    const first = PLAYGROUND_EXAMPLES[0];
    expect(first).toBeDefined();
    const edited = (first?.query ?? '').replace('id', 'identifier');
    const known = new Set(SOURCE.map(e => e.query.trim()));
    const blocks = codeBlocks(`text\n\n\`\`\`graphql\n${edited}\n\`\`\`\n`).map(b => b.body.trim());
    expect(blocks).toEqual([edited.trim()]);
    expect(known.has(blocks[0] ?? '')).toBe(false);
  });
});
