/**
 * Reads CAMEO.2.0.txt (PETRARCH2's verb dictionary) into CameoVerbsFile. Two sections: synonym sets
 * (`&NAME` then `+member` lines) up to `####### VERB PATTERNS`, then verb blocks `--- LABEL [code] ---`
 * with member verb lines and `-` pattern lines. `~` transformation lines are skipped and counted.
 * source/dictionaries.rst documents the format; docs/dictionaries.md the choices made here.
 */
import {
  byCodeUnit,
  DICTIONARY_NOTICE,
  normalisePhrase,
  numberedLines,
  pluralOfPhrase,
  regularVerbForms,
  SkipCounter,
  stripComment,
  uniqueSorted,
} from './dictionary-text';
import {
  type CameoVerbsFile,
  type DirectedCodes,
  type VerbBlock,
  type VerbMember,
  type VerbPattern,
} from './dictionary.types';
import {
  NULL_CODES,
  parseCodes,
  parsePatternBody,
  splitTrailingCode,
} from './verb-patterns.parser';

interface OpenBlock {
  label: string;
  code: DirectedCodes;
  patterns: VerbPattern[];
  seen: Set<string>;
}

/** `+CORDON_OFF` → CORDON + [OFF]; `WIRE_+TAP` → [WIRE] + TAP; `ACCUSE` → ACCUSE. */
export function splitMultiWordVerb(
  token: string,
): { lemma: string; before: string[]; after: string[] } | null {
  const words = token.split('_').filter(w => w !== '');
  if (words.length === 1 && !token.includes('+')) {
    return { lemma: words[0] ?? '', before: [], after: [] };
  }
  const at = words.findIndex(w => w.startsWith('+'));
  if (at < 0 || words.filter(w => w.includes('+')).length !== 1) {
    return null;
  }
  return {
    lemma: (words[at] ?? '').slice(1),
    before: words.slice(0, at),
    after: words.slice(at + 1),
  };
}

/** `&AUXVERB1_` → AUXVERB1 (the trailing `_` only says "no plurals"); patterns refer to `&AUXVERB1`. */
function synsetKey(label: string): string {
  return label.slice(1).replace(/_+$/, '');
}

export function parseCameoVerbs(text: string): CameoVerbsFile {
  const skipped = new SkipCounter();
  const synsets = new Map<string, Set<string>>();
  const blocks: OpenBlock[] = [];
  const verbs: VerbMember[] = [];
  let inVerbs = false;
  let synset: { key: string; plurals: boolean } | null = null;
  let block: OpenBlock | null = null;

  for (const { line: raw, n } of numberedLines(text)) {
    if (raw.startsWith('#')) {
      inVerbs ||= raw.includes('VERB PATTERNS');
      continue;
    }
    const content = stripComment(raw);
    if (content === '') {
      continue;
    }
    if (!inVerbs && content.startsWith('---')) {
      inVerbs = true;
    }
    if (!inVerbs) {
      if (content.startsWith('&')) {
        const label = content.split(/\s+/)[0] ?? '';
        synset = { key: synsetKey(label), plurals: !label.endsWith('_') };
        synsets.set(synset.key, synsets.get(synset.key) ?? new Set());
      } else if (content.startsWith('+') && synset) {
        const member = content.slice(1).trim();
        const phrase = normalisePhrase(member);
        const set = synsets.get(synset.key) as Set<string>;
        set.add(phrase);
        if (synset.plurals && !member.endsWith('_')) {
          set.add(pluralOfPhrase(phrase));
        }
      } else {
        skipped.add('synsets: line outside a synonym set');
      }
      continue;
    }
    if (content.startsWith('~')) {
      skipped.add('verbs: ~ transformation line');
      continue;
    }
    if (content.startsWith('---')) {
      const header = /^---\s*(\S+)\s*(?:\[([^\]]*)\])?/.exec(content);
      const code = header?.[2] === undefined ? NULL_CODES : parseCodes(header[2]);
      if (!header || code === undefined) {
        skipped.add('verbs: unreadable block header (block skipped)');
        block = null;
        continue;
      }
      block = { label: header[1] ?? '', code, patterns: [], seen: new Set() };
      blocks.push(block);
      continue;
    }
    if (!block) {
      skipped.add('verbs: line outside a verb block');
      continue;
    }
    if (content.startsWith('-')) {
      readPattern(content.slice(1), raw, n, block, synsets, skipped);
    } else {
      readVerb(content, n, block, verbs, skipped);
    }
  }

  return {
    notice: DICTIONARY_NOTICE,
    synsets: Object.fromEntries(
      [...synsets.keys()].sort(byCodeUnit).map(k => [k, uniqueSorted(synsets.get(k) ?? [])]),
    ),
    blocks: blocks
      .map(({ label, code, patterns }): VerbBlock => ({ label, code, patterns }))
      .sort((a, b) => byCodeUnit(a.label, b.label)),
    verbs: verbs.sort(
      (a, b) => byCodeUnit(a.lemma, b.lemma) || byCodeUnit(a.block, b.block) || a.line - b.line,
    ),
    skipped: skipped.toRecord(),
  };
}

function readPattern(
  body: string,
  raw: string,
  n: number,
  block: OpenBlock,
  synsets: ReadonlyMap<string, unknown>,
  skipped: SkipCounter,
): void {
  const split = splitTrailingCode(body);
  if (!split) {
    skipped.add('patterns: no [code]');
    return;
  }
  const code = parseCodes(split[1]);
  if (code === undefined) {
    skipped.add('patterns: malformed code (e.g. [080!])');
    return;
  }
  let parsed;
  try {
    parsed = parsePatternBody(split[0]);
  } catch (e) {
    skipped.add(`patterns: ${(e as Error).message}`);
    return;
  }
  if (parsed.synsetRefs.some(ref => !synsets.has(ref.slice(1)))) {
    skipped.add('patterns: undefined &synset');
    return;
  }
  const { pre, post } = parsed;
  if (pre.nouns.length + pre.preps.length + post.nouns.length + post.preps.length === 0) {
    skipped.add('patterns: nothing left but * after dropping $ + ^ %');
    return;
  }
  if (parsed.legacyDropped > 0) {
    skipped.add('patterns: $ + ^ % tokens dropped (pattern kept)');
  }
  const key = JSON.stringify([code, pre, post]);
  if (block.seen.has(key)) {
    skipped.add('patterns: duplicate in its block');
    return;
  }
  block.seen.add(key);
  const hash = raw.indexOf('#');
  block.patterns.push({
    code,
    pre: pre.nouns,
    prePreps: pre.preps,
    post: post.nouns,
    postPreps: post.preps,
    note: hash < 0 ? '' : raw.slice(hash + 1).trim(),
    line: n,
  });
}

function readVerb(
  content: string,
  n: number,
  block: OpenBlock,
  verbs: VerbMember[],
  skipped: SkipCounter,
): void {
  let rest = content;
  let code: DirectedCodes | null = null;
  const split = splitTrailingCode(rest);
  if (split) {
    const own = parseCodes(split[1]);
    if (own === undefined) {
      skipped.add('verbs: malformed own code (block code used)');
    } else {
      code = own;
    }
    rest = split[0];
  }
  let forms: string[] | null = null;
  const braces = /\{([^}]*)\}/.exec(rest);
  if (braces) {
    forms = (braces[1] ?? '').split(/\s+/).filter(f => f !== '');
    rest = (rest.slice(0, braces.index) + rest.slice(braces.index + braces[0].length)).trim();
  }
  const words = rest.split(/\s+/).filter(w => w !== '');
  const head = words.length === 1 ? splitMultiWordVerb(words[0] ?? '') : null;
  if (!head) {
    skipped.add('verbs: unreadable verb line');
    return;
  }
  const inflected = (forms ?? regularVerbForms(head.lemma))
    .map(f => splitMultiWordVerb(f)?.lemma ?? f)
    .filter(f => f !== '' && f !== head.lemma);
  verbs.push({
    lemma: head.lemma,
    before: head.before,
    after: head.after,
    forms: uniqueSorted(inflected),
    code,
    block: block.label,
    line: n,
  });
}
