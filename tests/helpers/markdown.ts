/**
 * Just enough Markdown for the docs tests: fenced code blocks, links and GitHub's heading anchors.
 * Links inside code (fenced blocks and `inline code`) are text, not links, so they are left out.
 */
import fs from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.join(__dirname, '..', '..');

/** The documentation a reader of the repository meets: README, changelog, the corpus's readme, docs/. */
export function documentationFiles(root: string = REPO_ROOT): string[] {
  const docs = fs
    .readdirSync(path.join(root, 'docs'))
    .filter(name => name.endsWith('.md'))
    .sort()
    .map(name => path.join('docs', name));
  return ['README.md', 'CHANGELOG.md', path.join('eval', 'README.md'), ...docs];
}

export interface CodeBlock {
  readonly lang: string;
  readonly body: string;
}

/** Fenced code blocks (``` or ~~~, three or more), with their info string's first word. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let open: { fence: string; lang: string; lines: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    if (open === undefined) {
      const start = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
      if (start !== null) {
        open = { fence: start[1] ?? '```', lang: start[2] ?? '', lines: [] };
      }
    } else if (line.trim().startsWith(open.fence) && line.trim().replace(/[`~]/g, '') === '') {
      blocks.push({ lang: open.lang, body: open.lines.join('\n') });
      open = undefined;
    } else {
      open.lines.push(line);
    }
  }
  return blocks;
}

/** The text outside fenced code blocks, one entry per line (code lines become empty). */
function proseLines(markdown: string): string[] {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    if (fence === undefined) {
      const start = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (start !== null) {
        fence = start[1];
        out.push('');
        continue;
      }
      out.push(line);
    } else {
      if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') {
        fence = undefined;
      }
      out.push('');
    }
  }
  return out;
}

/** Removes `inline code` spans (any number of backticks) from one line of prose. */
function withoutInlineCode(line: string): string {
  return line.replace(/(`+)[\s\S]*?\1/g, '');
}

/** Targets of inline links and images `[text](target)` and of reference definitions `[x]: target`. */
export function linkTargets(markdown: string): string[] {
  // Join the prose back so a link text may wrap onto the next line.
  const prose = proseLines(markdown).map(withoutInlineCode).join('\n');
  const targets: string[] = [];
  for (const m of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    targets.push(m[1] ?? '');
  }
  for (const m of prose.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) {
    targets.push(m[1] ?? '');
  }
  return targets;
}

/** GitHub's anchor for a heading's text: lower case, punctuation dropped, each space a hyphen. */
export function githubSlug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link keeps its text
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Every anchor the headings of a document define, repeated headings numbered as GitHub does. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of proseLines(markdown)) {
    const m = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (m === null) {
      continue;
    }
    const slug = githubSlug(m[1] ?? '');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

/**
 * What is wrong with the links of one document (`file` relative to `root`): each problem names the link.
 * Allowed: http(s) URLs (public sites), and relative paths that stay inside `root` and name an existing
 * file or folder, with an optional #anchor that a heading of the target Markdown file defines.
 */
export function brokenLinks(root: string, file: string): string[] {
  const markdown = fs.readFileSync(path.join(root, file), 'utf8');
  const problems: string[] = [];
  for (const target of linkTargets(markdown)) {
    if (/^https?:\/\/[^/\s]+/i.test(target)) {
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
      problems.push(`${file}: ${target}: only http(s) links may leave the repository`);
      continue;
    }
    const hash = target.indexOf('#');
    const filePart = hash === -1 ? target : target.slice(0, hash);
    const anchor = hash === -1 ? undefined : decodeURIComponent(target.slice(hash + 1));
    if (filePart.startsWith('/')) {
      problems.push(`${file}: ${target}: use a path relative to the document, not an absolute one`);
      continue;
    }
    const resolved =
      filePart === ''
        ? path.resolve(root, file)
        : path.resolve(root, path.dirname(file), decodeURIComponent(filePart));
    const inside = path.relative(root, resolved);
    if (inside.startsWith('..') || path.isAbsolute(inside)) {
      problems.push(`${file}: ${target}: leaves the repository`);
      continue;
    }
    if (!fs.existsSync(resolved)) {
      problems.push(`${file}: ${target}: no such file ${inside}`);
      continue;
    }
    if (anchor !== undefined) {
      if (!resolved.endsWith('.md')) {
        problems.push(`${file}: ${target}: an anchor into a file that is not Markdown`);
        continue;
      }
      if (!headingAnchors(fs.readFileSync(resolved, 'utf8')).has(anchor)) {
        problems.push(`${file}: ${target}: no heading #${anchor} in ${inside}`);
      }
    }
  }
  return problems;
}
