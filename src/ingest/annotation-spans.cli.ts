/**
 * `npm run eval:spans -- eval/articles/<slug>.annotations.json …`: fills the offsets of a hand-written
 * annotation from exact substrings, so nobody counts characters by hand. In the file:
 * - a span written as `{ "text": "…" }` gets `start`/`end` from the text's only occurrence in the
 *   article; `"nth": 2` picks the second occurrence, `"after": "…"` the first one after that anchor;
 * - an actor with `"find": ["Poland", "Polish", "Warsaw"]` gets one mention per whole-word occurrence
 *   of each form outside the ignored spans (longest first, never overlapping another actor's form;
 *   a following possessive "'s"/"’s" belongs to the mention), then `find` is dropped;
 * - actors get defaults: `kind` from the id prefix, `aliases` [], `iso3` from `country:XXX`,
 *   `wikidataId` and `description` null.
 * A span that already has offsets is checked against its slice. The file is rewritten in place and
 * then loaded with the seed loader (src/kg/seed-annotation.ts), which fails on any inconsistency.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Span } from '../kg/kg-batch';
import { loadSeedArticle } from '../kg/seed-annotation';

type Json = Record<string, unknown>;

const KIND_BY_PREFIX: Readonly<Record<string, string>> = {
  country: 'COUNTRY',
  person: 'PERSON',
  org: 'ORGANIZATION',
  media: 'MEDIA_OUTLET',
  territory: 'TERRITORY',
  historical: 'HISTORICAL_STATE',
  group: 'GROUP',
};

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function occurrences(text: string, form: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + form.length])) {
      out.push(i);
    }
  }
  return out;
}

function locate(text: string, raw: Json, where: string): Span {
  const s = raw.text;
  if (typeof s !== 'string' || s === '') {
    throw new Error(`${where}: a span needs a non-empty "text"`);
  }
  if (typeof raw.start === 'number' && typeof raw.end === 'number') {
    if (text.slice(raw.start, raw.end) !== s) {
      throw new Error(`${where}: [${raw.start}, ${raw.end}) is not ${JSON.stringify(s)}`);
    }
    return { start: raw.start, end: raw.end, text: s };
  }
  let from = 0;
  if (typeof raw.after === 'string') {
    const a = text.indexOf(raw.after);
    if (a < 0) {
      throw new Error(`${where}: anchor ${JSON.stringify(raw.after)} is not in the article`);
    }
    from = a;
  }
  const hits: number[] = [];
  for (let i = text.indexOf(s, from); i !== -1; i = text.indexOf(s, i + 1)) {
    hits.push(i);
  }
  const nth = typeof raw.nth === 'number' ? raw.nth : 1;
  if (hits.length === 0) {
    throw new Error(`${where}: ${JSON.stringify(s)} is not in the article; copy it exactly`);
  }
  if (raw.nth === undefined && raw.after === undefined && hits.length > 1) {
    throw new Error(
      `${where}: ${JSON.stringify(s)} occurs ${hits.length} times; add "nth" or "after"`,
    );
  }
  const at = hits[nth - 1];
  if (at === undefined) {
    throw new Error(`${where}: ${JSON.stringify(s)} has no occurrence number ${nth}`);
  }
  return { start: at, end: at + s.length, text: s };
}

function fill(file: string): void {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
  const article = raw.article as Json;
  const text = fs.readFileSync(path.join(path.dirname(file), String(article.file)), 'utf8');
  const ignored = ((article.ignoredSpans as Json[] | undefined) ?? []).map((s, i) => ({
    ...locate(text, s, `ignoredSpans[${i}]`),
    reason: s.reason,
  }));
  article.ignoredSpans = ignored;
  if (article.titleSpan !== undefined) {
    article.titleSpan = locate(text, article.titleSpan as Json, 'titleSpan');
  }
  const inIgnored = (start: number, end: number): boolean =>
    ignored.some(s => start < s.end && s.start < end);

  const actors = raw.actors as Json[];
  // every form of every actor, longest first, so "Russian government" wins over "Russian"
  const forms = actors
    .flatMap(a => ((a.find as string[] | undefined) ?? []).map(f => ({ id: a.id as string, f })))
    .sort((x, y) => y.f.length - x.f.length);
  const taken: { start: number; end: number; id: string }[] = [];
  for (const { id, f } of forms) {
    for (const at of occurrences(text, f)) {
      let end = at + f.length;
      if (/^['’]s(?![\p{L}\p{N}])/u.test(text.slice(end))) {
        end += 2;
      }
      if (inIgnored(at, end) || taken.some(t => at < t.end && t.start < end)) {
        continue;
      }
      taken.push({ start: at, end, id });
    }
  }
  for (const a of actors) {
    const id = String(a.id);
    const prefix = id.split(':')[0] ?? '';
    const explicit = ((a.mentions as Json[] | undefined) ?? []).map((m, i) =>
      locate(text, m, `actor ${id} mention ${i}`),
    );
    const found = taken
      .filter(t => t.id === id)
      .map(t => ({ start: t.start, end: t.end, text: text.slice(t.start, t.end) }));
    const all = [...explicit, ...found].sort((x, y) => x.start - y.start);
    Object.assign(a, {
      kind: a.kind ?? KIND_BY_PREFIX[prefix],
      aliases: a.aliases ?? [],
      iso3: a.iso3 ?? (prefix === 'country' ? id.slice('country:'.length) : null),
      wikidataId: a.wikidataId ?? null,
      description: a.description ?? null,
      mentions: all,
    });
    delete a.find;
    if (all.length === 0) {
      throw new Error(`actor ${id}: no mention found; check its "find" forms`);
    }
  }
  for (const s of (raw.statements as Json[] | undefined) ?? []) {
    s.span = locate(text, s.span as Json, `statement ${String(s.key)}`);
  }
  for (const e of (raw.events as Json[] | undefined) ?? []) {
    e.evidence = (e.evidence as Json[]).map((x, i) =>
      locate(text, x, `event ${String(e.key)} evidence ${i}`),
    );
  }
  fs.writeFileSync(file, `${JSON.stringify(raw, null, 2)}\n`);
  loadSeedArticle(path.dirname(file), path.basename(file));
  console.log(`${file}: ${actors.length} actors, offsets filled and checked`);
}

function main(): number {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: npm run eval:spans -- <file.annotations.json> …');
    return 2;
  }
  let failed = 0;
  for (const f of files) {
    try {
      fill(f);
    } catch (e) {
      failed++;
      console.error(`${f}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
