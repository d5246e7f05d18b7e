/**
 * Reads a Phoenix `.actors.txt` file. A record is a primary phrase line (optionally with `[CODE ...]`
 * groups after it), `+alias` lines, and tab-indented date lines `[CODE YYMMDD-YYMMDD]`, `[CODE >date]`,
 * `[CODE <date]` or `[CODE]` (undated: the default). A record ends at the next primary line, as in
 * PETRARCH2's reader, so a primary line with no date lines of its own has no codes.
 *
 * Dates: YYYYMMDD or YYMMDD; two-digit years 00-30 are 20YY and 31-99 are 19YY (PETRARCH's rule, kept
 * for KEDS/TABARI compatibility). Both ends of a range are inclusive (dictionaries.rst: "or equal to").
 * A single date without `<` or `>` is read as a start (`>`), as PETRARCH2's coder does.
 */
import {
  byCodeUnit,
  normalisePhrase,
  numberedLines,
  type SkipCounter,
  stripComment,
} from './dictionary-text';
import { type ActorSource, type DatedRole, type DictionaryActor } from './dictionary.types';

/** `991231` → 1999-12-31; `080507` → 2008-05-07; `19171109` → 1917-11-09; invalid → null. */
export function parseDictionaryDate(text: string): string | null {
  if (!/^(?:\d{6}|\d{8})$/.test(text)) {
    return null;
  }
  let year: number;
  let rest: string;
  if (text.length === 8) {
    year = Number(text.slice(0, 4));
    rest = text.slice(4);
  } else {
    const yy = Number(text.slice(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = text.slice(2);
  }
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || probe.getUTCDate() !== day) {
    return null;
  }
  return `${String(year).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

export type ParsedCode = { role: DatedRole } | { default: string } | { skip: string };

/** One `[CODE spec]` group's inside. */
export function parseCodeGroup(inner: string): ParsedCode {
  const [rawCode = '', ...specParts] = inner.trim().split(/\s+/);
  const code = rawCode.toUpperCase();
  const spec = specParts.join('');
  if (code === '' || code === '---') {
    return { skip: 'codes: null code [---] or empty []' };
  }
  if (!/^[A-Z0-9]+$/.test(code)) {
    return { skip: 'codes: malformed code' };
  }
  if (spec === '') {
    return { default: code };
  }
  let from: string | null = null;
  let to: string | null = null;
  if (spec.startsWith('>') || spec.startsWith('<')) {
    const date = parseDictionaryDate(spec.slice(1));
    if (date === null) {
      return { skip: 'codes: invalid date (role dropped)' };
    }
    [from, to] = spec.startsWith('>') ? [date, null] : [null, date];
  } else if (spec.includes('-')) {
    const [a = '', b = ''] = spec.split('-');
    from = parseDictionaryDate(a);
    to = parseDictionaryDate(b);
    if (from === null || to === null) {
      return { skip: 'codes: invalid date (role dropped)' };
    }
  } else {
    from = parseDictionaryDate(spec);
    if (from === null) {
      return { skip: 'codes: invalid date (role dropped)' };
    }
  }
  return { role: { code, from, to } };
}

interface OpenRecord {
  name: string;
  aliases: Set<string>;
  roles: DatedRole[];
  defaults: Set<string>;
}

function readCodes(text: string, rec: OpenRecord, skipped: SkipCounter): void {
  for (const match of text.matchAll(/\[([^\]]*)\]/g)) {
    const parsed = parseCodeGroup(match[1] ?? '');
    if ('skip' in parsed) {
      skipped.add(parsed.skip);
    } else if ('default' in parsed) {
      rec.defaults.add(parsed.default);
    } else {
      rec.roles.push(parsed.role);
    }
  }
}

/** A phrase usable for matching, or null (empty, or undecodable bytes in the source). */
function phraseOf(raw: string, skipped: SkipCounter): string | null {
  const phrase = normalisePhrase(raw);
  if (phrase === '') {
    skipped.add('aliases: empty phrase');
    return null;
  }
  if (phrase.includes('\uFFFD')) {
    skipped.add('aliases: undecodable characters (alias dropped)');
    return null;
  }
  return phrase;
}

function roleOrder(a: DatedRole, b: DatedRole): number {
  return (
    byCodeUnit(a.from ?? '', b.from ?? '') ||
    byCodeUnit(a.to ?? '9999', b.to ?? '9999') ||
    byCodeUnit(a.code, b.code)
  );
}

function finish(rec: OpenRecord, source: ActorSource): Omit<DictionaryActor, 'id'> {
  const seen = new Set<string>();
  const roles = rec.roles
    .filter(r => {
      const key = `${r.code}|${r.from ?? ''}|${r.to ?? ''}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort(roleOrder);
  const defaults = [...rec.defaults].sort(byCodeUnit);
  const allCodes = [...defaults, ...roles.map(r => r.code)];
  const kind =
    source === 'countries' && allCodes.some(c => /^[A-Z]{3}$/.test(c))
      ? 'state'
      : roles.length > 0
        ? 'person'
        : 'group';
  return {
    name: rec.name,
    source,
    kind,
    aliases: [...rec.aliases].sort(byCodeUnit),
    roles,
    defaults,
  };
}

/** All records of one actors file, in file order, without ids (the converter assigns them). */
export function parsePhoenixActors(
  text: string,
  source: ActorSource,
  skipped: SkipCounter,
): Omit<DictionaryActor, 'id'>[] {
  const out: Omit<DictionaryActor, 'id'>[] = [];
  let rec: OpenRecord | null = null;
  for (const { line: raw } of numberedLines(text)) {
    const content = stripComment(raw);
    if (content === '' || content.startsWith('<!')) {
      continue;
    }
    if (content.startsWith('[')) {
      if (rec) {
        readCodes(content, rec, skipped);
      } else {
        skipped.add('codes: date line before any actor');
      }
      continue;
    }
    const bracket = content.indexOf('[');
    const phraseText = bracket < 0 ? content : content.slice(0, bracket);
    const codesText = bracket < 0 ? '' : content.slice(bracket);
    if (content.startsWith('+')) {
      if (!rec) {
        skipped.add('aliases: alias before any actor');
        continue;
      }
      const alias = phraseOf(phraseText.slice(1), skipped);
      if (alias !== null) {
        rec.aliases.add(alias);
      }
      readCodes(codesText, rec, skipped);
      continue;
    }
    if (rec) {
      out.push(finish(rec, source));
    }
    rec = null;
    const name = phraseOf(phraseText, skipped);
    if (name === null) {
      skipped.add('actors: primary phrase unreadable (record skipped)');
      continue;
    }
    rec = { name, aliases: new Set([name]), roles: [], defaults: new Set() };
    readCodes(codesText, rec, skipped);
  }
  if (rec) {
    out.push(finish(rec, source));
  }
  return out;
}
