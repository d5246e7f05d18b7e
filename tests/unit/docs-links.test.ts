/**
 * The documentation holds together: every relative link of README.md, CHANGELOG.md, eval/README.md and
 * docs/*.md names a file of the repository (and a heading of it, for #anchors), nothing links outside
 * the repository but public http(s) sites, the README stays a short guide, and every setting that
 * src/config/config.ts reads is documented.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  REPO_ROOT,
  brokenLinks,
  documentationFiles,
  githubSlug,
  headingAnchors,
  linkTargets,
} from '../helpers/markdown';

const README_MAX_BYTES = 12 * 1024;

describe('the documentation', () => {
  const files = documentationFiles();

  it('covers the README, the changelog, the corpus readme and the guides in docs/', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'README.md',
        'CHANGELOG.md',
        path.join('eval', 'README.md'),
        path.join('docs', 'queries.md'),
        path.join('docs', 'ingest.md'),
        path.join('docs', 'operations.md'),
        path.join('docs', 'benchmarks.md'),
        path.join('docs', 'configuration.md'),
      ]),
    );
  });

  it.each(files)(
    '%s: every link resolves inside the repository or is a public http(s) site',
    file => {
      expect(brokenLinks(REPO_ROOT, file)).toEqual([]);
    },
  );

  it('the README links every guide in docs/', () => {
    const targets = new Set(
      linkTargets(fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')),
    );
    const guides = files
      .filter(f => f.startsWith(`docs${path.sep}`))
      .map(f => f.split(path.sep).join('/'));
    expect(guides.filter(g => ![...targets].some(t => t.split('#')[0] === g))).toEqual([]);
  });

  it(`README.md is at most ${README_MAX_BYTES} bytes`, () => {
    expect(fs.statSync(path.join(REPO_ROOT, 'README.md')).size).toBeLessThanOrEqual(
      README_MAX_BYTES,
    );
  });

  it('docs/configuration.md documents every environment variable src/config/config.ts reads', () => {
    const source = fs.readFileSync(path.join(REPO_ROOT, 'src', 'config', 'config.ts'), 'utf8');
    const keys = new Set([...source.matchAll(/\(env, '([A-Z][A-Z0-9_]+)'/g)].map(m => m[1] ?? ''));
    expect(keys.size).toBeGreaterThan(30);
    const doc = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'configuration.md'), 'utf8');
    expect([...keys].filter(key => !doc.includes(`| \`${key}\``))).toEqual([]);
  });
});

describe('the link check itself', () => {
  let root: string;

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-links-'));
    fs.mkdirSync(path.join(root, 'docs'));
    fs.writeFileSync(
      path.join(root, 'docs', 'guide.md'),
      '# Guide\n\n## Logs, metrics and shutdown\n\n## `Article.publishedAt`\n\n## Twice\n\n## Twice\n',
    );
    fs.writeFileSync(path.join(root, 'data.txt'), 'x');
  });

  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  function check(markdown: string): string[] {
    fs.writeFileSync(path.join(root, 'README.md'), markdown);
    return brokenLinks(root, 'README.md');
  }

  it('accepts existing files, folders, headings and public sites', () => {
    expect(
      check(
        [
          '# Top',
          '[a](docs/guide.md) [b](docs/guide.md#logs-metrics-and-shutdown) [c](data.txt) [d](docs)',
          '[e](docs/guide.md#articlepublishedat) [f](docs/guide.md#twice-1) [g](#top)',
          '[h](https://example.org/x) [i](http://example.org)',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('reports a missing file, a missing heading, a link out of the repository and other schemes', () => {
    expect(
      check(
        [
          '[a](docs/missing.md) [b](docs/guide.md#no-such-heading) [c](../shared/design/x.md)',
          '[d](/etc/passwd) [e](file:///etc/passwd) [f](#nowhere) [g](data.txt#x)',
          '[h](docs/guide.md#twice-2)',
        ].join('\n'),
      ),
    ).toEqual([
      'README.md: docs/missing.md: no such file docs/missing.md',
      'README.md: docs/guide.md#no-such-heading: no heading #no-such-heading in docs/guide.md',
      'README.md: ../shared/design/x.md: leaves the repository',
      'README.md: /etc/passwd: use a path relative to the document, not an absolute one',
      'README.md: file:///etc/passwd: only http(s) links may leave the repository',
      'README.md: #nowhere: no heading #nowhere in README.md',
      'README.md: data.txt#x: an anchor into a file that is not Markdown',
      'README.md: docs/guide.md#twice-2: no heading #twice-2 in docs/guide.md',
    ]);
  });

  it('ignores links inside code, and finds reference definitions and wrapped link texts', () => {
    const markdown = [
      '`[a](inline/missing.md)`',
      '```',
      '[b](fenced/missing.md)',
      '```',
      '[a link that',
      'wraps](wrapped/missing.md)',
      '[ref]: ref/missing.md',
    ].join('\n');
    expect(linkTargets(markdown)).toEqual(['wrapped/missing.md', 'ref/missing.md']);
  });

  it('makes GitHub anchors', () => {
    expect(githubSlug('Request limits and HTTP hardening')).toBe(
      'request-limits-and-http-hardening',
    );
    expect(githubSlug('Types without an id (`keyFields: false`)')).toBe(
      'types-without-an-id-keyfields-false',
    );
    expect(githubSlug('2026-11-27: rules 0.5.0')).toBe('2026-11-27-rules-050');
    expect([...headingAnchors('# A\n```\n# not a heading\n```\n## A\n')]).toEqual(['a', 'a-1']);
  });
});
