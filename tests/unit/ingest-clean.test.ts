import fs from 'node:fs';
import { type SeedArticle, loadSeedArticle } from '../../src/kg/seed-annotation';
import { findIgnoredSpans, overlapsAny } from '../../src/ingest/clean';
import { EVAL_ARTICLES_DIR, FIXTURE_ARTICLES_DIR } from '../../src/eval/eval-corpus';

/** The lines of `text` that findIgnoredSpans leaves in the story (trimmed, non-blank). */
function kept(text: string): string[] {
  const spans = findIgnoredSpans(text);
  let offset = 0;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (line.trim() !== '' && !overlapsAny(start, start + line.length, spans)) {
      out.push(line);
    }
  }
  return out;
}

/** An article: title, blank, then the given lines separated by blank lines. */
function article(...body: string[]): string {
  return ['Kenya and Uganda agree to reopen border', ...body].join('\n\n');
}

const STORY =
  'NAIROBI (East Africa Wire) - Kenya and Uganda agreed on Thursday to reopen the border.';

describe('findIgnoredSpans', () => {
  it('finds exactly the curated ignored spans of the seed (repeated headline, Also Read)', () => {
    const seed = loadSeedArticle();
    const found = findIgnoredSpans(seed.batch.article.text);
    expect(found.map(({ start, end, text }) => ({ start, end, text }))).toEqual(
      seed.ignoredSpans.map(({ start, end, text }) => ({ start, end, text })),
    );
    expect(found[0]?.reason).toMatch(/repeated headline/);
    expect(found[1]?.reason).toMatch(/Also Read/);
  });

  it('never rewrites the text: every span is the slice of the original', () => {
    const text =
      'Headline here\n\nHeadline here\n\nBody text.\n\nRead more: Another story\n\n© 2024 Example Media. All rights reserved.';
    for (const s of findIgnoredSpans(text)) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('ignores a related-articles list up to the next blank line, and the comment section to the end', () => {
    const text = [
      'Title',
      '',
      'Paris and Berlin agreed on Monday.',
      '',
      'Related articles',
      'China warns Japan',
      'Kim meets Putin',
      '',
      'The talks resume in May.',
      '',
      'Leave a Reply',
      'Your email address will not be published.',
      'Great article about Russia!',
    ].join('\n');
    const spans = findIgnoredSpans(text);
    expect(spans.map(s => s.reason)).toEqual([
      'site boilerplate: a list of related articles',
      'site boilerplate: the comment section',
    ]);
    expect(spans[0]?.text).toBe('Related articles\nChina warns Japan\nKim meets Putin');
    expect(spans[1]?.text.startsWith('Leave a Reply')).toBe(true);
    expect(spans[1]?.end).toBe(text.length);
    expect(text.slice(spans[0]?.end)).toContain('The talks resume in May.');
  });

  it('ignores a "Related headlines" or "Other stories" list whose lines are hyphen bullets', () => {
    for (const heading of ['Related headlines', 'Other stories:', 'Other headlines']) {
      const text = [
        'Title',
        '',
        'Quito and Lima agreed on Monday to reopen the border.',
        '',
        heading,
        '- Peru holds rates steady in March',
        '- Ecuador fishing fleet returns to port',
        '',
        '(Reporting by A. Writer; Editing by B. Editor)',
      ].join('\n');
      const spans = findIgnoredSpans(text);
      expect(spans[0]?.reason).toBe('site boilerplate: a list of related articles');
      expect(spans[0]?.text).toBe(
        `${heading}\n- Peru holds rates steady in March\n- Ecuador fishing fleet returns to port`,
      );
      expect(text.slice(0, spans[0]?.start)).toContain('Quito and Lima agreed');
    }
  });

  it('keeps a story line that opens with "Other" under a list-like line', () => {
    const text = 'Title\n\nOther states\nPeru and Chile signed the accord on Monday.\n';
    expect(findIgnoredSpans(text)).toEqual([]);
  });

  it('ignores copyright lines and legal disclaimers but keeps body lines that merely mention them', () => {
    const text = [
      'Title',
      'The court ruled on copyright law in France.',
      'Disclaimer: The views expressed are those of the author.',
      'Copyright 2024 Example News',
    ].join('\n');
    const reasons = findIgnoredSpans(text).map(s => s.reason);
    expect(reasons).toEqual([
      'site boilerplate: a legal disclaimer',
      'site boilerplate: a copyright line',
    ]);
  });

  it('ignores "Most read:" / "Top stories:" / "Trending:" link lines, not body lines that use the words', () => {
    const text = [
      'Title',
      'The most read newspaper in Spain reported the talks.',
      'Most read: Real Madrid fans celebrate league title',
      'Top stories: Paris and Berlin agree',
      'Trending now: Kim meets Putin',
    ].join('\n');
    const spans = findIgnoredSpans(text);
    expect(spans.map(s => s.text)).toEqual([
      'Most read: Real Madrid fans celebrate league title',
      'Top stories: Paris and Berlin agree',
      'Trending now: Kim meets Putin',
    ]);
  });

  it('returns nothing for a clean article', () => {
    expect(findIgnoredSpans('One line.\n\nAnother line.')).toEqual([]);
  });

  it('overlapsAny is half-open', () => {
    const spans = [{ start: 5, end: 10, text: 'xxxxx' }];
    expect(overlapsAny(0, 5, spans)).toBe(false);
    expect(overlapsAny(9, 12, spans)).toBe(true);
    expect(overlapsAny(10, 12, spans)).toBe(false);
  });
});

describe('findIgnoredSpans: bylines', () => {
  it('ignores bylines with a role, an outlet or two names, and a role line under a byline', () => {
    const text = article(
      'By Jane Wanjiru, Senior Correspondent',
      'By Jane Wanjiru and Peter Okello | East Africa Wire',
      'BY AMOS KIPKEMBOI',
      'Written by Jane Wanjiru',
      STORY,
    );
    expect(kept(text)).toEqual(['Kenya and Uganda agree to reopen border', STORY]);
    expect(kept(['Title', 'By Jane Wanjiru', 'Staff Reporter', STORY].join('\n'))).toEqual([
      'Title',
      STORY,
    ]);
  });

  it('keeps story lines that begin with "By": a quote, a date, a possessive', () => {
    const story = [
      '"By the end of the year, we will withdraw," he said.',
      'By Tuesday, Kenya had recalled its envoy.',
      'By Tuesday Kenya had recalled its envoy',
      "By Kenya's count, 40 people died.",
      'By Land Cruiser, the convoy reached Goma on Friday.',
    ];
    expect(kept(article(...story))).toEqual(['Kenya and Uganda agree to reopen border', ...story]);
  });
});

describe('findIgnoredSpans: datelines', () => {
  it('keeps datelines: they carry the place and open the first sentence', () => {
    const datelines = [
      'NAIROBI, June 12 (Reuters) - Kenya and Uganda agreed on Thursday to reopen the border.',
      'KAMPALA, Uganda — Uganda said on Thursday it would reopen the border with Kenya.',
      'NAIROBI (AFP) -- Kenya welcomed the decision.',
      'NAIROBI, June 12 (Reuters) -',
    ];
    expect(findIgnoredSpans(article('By Jane Wanjiru', ...datelines)).map(s => s.text)).toEqual([
      'By Jane Wanjiru',
    ]);
  });
});

describe('findIgnoredSpans: wire credits', () => {
  it('ignores credits bare, in parentheses, after a dash, with places and several roles', () => {
    const credits = [
      '(Reporting by Jane Wanjiru in Nairobi and Amos Kipkemboi in Kampala; Editing by Tom Hale)',
      'Writing by Jane Wanjiru; Compiled by Peter Okello',
      '— Additional reporting by Amos Kipkemboi in Kampala',
      'Writing by Jane Wanjiru; Editing by Tom Hale and Ann Lee.',
      'Contributing: Jane Wanjiru, Peter Okello',
      'Reporting By Jane Wanjiru at the United Nations; Editing by Tom Hale',
      '(With inputs from agencies)',
      // a place with a lowercase particle, like the names' "bin" or "de"
      '(Reporting by Celso Mabunda; Additional reporting by Juma Mwinyi in Dar es Salaam)',
    ];
    const spans = findIgnoredSpans(article(STORY, ...credits));
    expect(spans.map(s => [s.text, s.reason])).toEqual(
      credits.map(c => [c, 'reporting credit line']),
    );
  });

  it('ignores only the credit that closes a story line, in parentheses or after a dash', () => {
    const last = 'The talks will resume next month, the ministry said.';
    const text = article(STORY, `${last} (Reporting by Jane Wanjiru; Editing by Tom Hale)`);
    expect(findIgnoredSpans(text).map(s => s.text)).toEqual([
      '(Reporting by Jane Wanjiru; Editing by Tom Hale)',
    ]);
    expect(findIgnoredSpans(article(STORY, `${last} — AFP`)).map(s => s.text)).toEqual(['— AFP']);
    expect(kept(article('— Reuters', STORY))).toEqual([
      'Kenya and Uganda agree to reopen border',
      STORY,
    ]);
  });

  it('keeps story sentences about reporting', () => {
    const story = [
      'Reporting by the agency suggested the talks had failed.',
      'Reporting by Reuters suggested the talks had failed.',
      'Editing by hand, the clerks changed the ballots, the observers said.',
    ];
    expect(findIgnoredSpans(article(STORY, ...story))).toEqual([]);
  });
});

describe('findIgnoredSpans: photo captions and image credits', () => {
  it('ignores captions by their prefix or by the image credit that ends them', () => {
    const captions = [
      'Pictured: Kenyan President William Ruto in Nairobi',
      'Caption: Trucks wait at the Busia border post',
      '(Photo: Ugandan soldiers at the border, June 11, 2025.)',
      'Image credit: Amos Kipkemboi/East Africa Wire',
      'Kenyan President William Ruto in Nairobi, June 11, 2025. REUTERS/Thomas Mukoya',
      'Kenyan President William Ruto in Nairobi. Photo/Getty Images',
      'Kenyan President William Ruto in Nairobi on Wednesday — AFP/File',
      'Ugandan troops at Busia (Photo by Amos Kipkemboi/AFP via Getty Images)',
    ];
    const spans = findIgnoredSpans(article(STORY, ...captions));
    expect(spans.map(s => [s.text, s.reason])).toEqual(captions.map(c => [c, 'photo caption']));
  });

  it('keeps a short title-case story sentence and a title with a slash', () => {
    const text = ['Kenya/Uganda Talks Resume', '', STORY, '', 'Kenya Rejects Uganda Claim.'].join(
      '\n',
    );
    expect(findIgnoredSpans(text)).toEqual([]);
  });
});

describe('findIgnoredSpans: related and most-read blocks', () => {
  it('ignores a named "More from <Outlet>" / "Also on <Outlet>" heading with its headlines', () => {
    const text = article(
      STORY,
      'More from East Africa Wire\n- Kenya shilling steadies\n- Uganda oil pipeline on track',
      'Also on East Africa Wire\nTanzania hosts regional summit',
    );
    expect(findIgnoredSpans(text).map(s => s.text)).toEqual([
      'More from East Africa Wire\n- Kenya shilling steadies\n- Uganda oil pipeline on track',
      'Also on East Africa Wire\nTanzania hosts regional summit',
    ]);
  });

  it('stops a list at the first line that is not a headline, and keeps story lines starting "Also on"', () => {
    const next = 'The border had been closed since March after a dispute over fuel taxes.';
    const text = article(
      STORY,
      `Most popular\n1. Kenya shilling steadies\n${next}`,
      'Also on Monday',
    );
    expect(kept(text)).toEqual([
      'Kenya and Uganda agree to reopen border',
      STORY,
      next,
      'Also on Monday',
    ]);
    expect(kept(article('Related coverage', next))).toEqual([
      'Kenya and Uganda agree to reopen border',
      next,
    ]);
  });

  it('ignores a run of headlines after the closing credit, not before it', () => {
    const text = article(
      'Busia Traders Cheer',
      STORY,
      '(Reporting by Jane Wanjiru; Editing by Tom Hale)',
      'Tanzania hosts regional summit\nRwanda bans plastic imports',
    );
    expect(kept(text)).toEqual([
      'Kenya and Uganda agree to reopen border',
      'Busia Traders Cheer',
      STORY,
    ]);
  });
});

describe('findIgnoredSpans: prompts, stamps and tags', () => {
  it('ignores share, follow and newsletter prompts, date stamps, tag lines and page chrome', () => {
    const chrome = [
      'Subscribe to our daily newsletter',
      'Follow East Africa Wire on Twitter',
      'Sign up for breaking news alerts',
      'Share this article',
      'Updated: 12 June 2025, 10:32 GMT',
      'Published on Thursday, June 12, 2025 | Last updated 11:05',
      'Topics: Kenya, Uganda, Diplomacy',
      'Tags: East Africa | Borders | Trade',
      'Advertisement',
      '4 min read',
    ];
    const spans = findIgnoredSpans(article(STORY, ...chrome));
    expect(spans.map(s => s.text)).toEqual(chrome);
  });

  it('keeps story lines that start with the same words', () => {
    const story = [
      'Share prices fell in Nairobi after the news.',
      'Follow-up talks are planned for July, officials said.',
      'Updated figures published on Monday showed 12 dead.',
      'Published reports said the border would reopen.',
      'Updated May figures showed 12 dead.',
      'Topics discussed included fuel taxes, visas and the railway.',
    ];
    expect(findIgnoredSpans(article(STORY, ...story))).toEqual([]);
  });
});

/** Every annotated article that is not held out: the seed, eval/articles and tests/fixtures/articles. */
function annotatedArticles(): [string, SeedArticle][] {
  const out: [string, SeedArticle][] = [['seed', loadSeedArticle()]];
  for (const dir of [EVAL_ARTICLES_DIR, FIXTURE_ARTICLES_DIR]) {
    for (const f of fs.readdirSync(dir).filter(n => n.endsWith('.annotations.json'))) {
      out.push([f, loadSeedArticle(dir, f)]);
    }
  }
  return out;
}

describe('findIgnoredSpans on the annotated articles', () => {
  const articles = annotatedArticles();

  it('covers every gold ignored span', () => {
    expect(articles.length).toBeGreaterThan(20);
    const missed = articles.flatMap(([name, gold]) => {
      const found = findIgnoredSpans(gold.batch.article.text);
      return gold.ignoredSpans
        .filter(g => !found.some(f => f.start <= g.start && g.end <= f.end))
        .map(g => `${name}: ${g.text}`);
    });
    expect(missed).toEqual([]);
  });

  it('never overlaps a gold mention, statement or event evidence outside the gold ignored spans', () => {
    const overlapping = articles.flatMap(([name, gold]) => {
      const b = gold.batch;
      const found = findIgnoredSpans(b.article.text);
      return [
        ...b.actors.flatMap(a => a.mentions),
        ...b.statements.map(s => s.span),
        ...b.events.flatMap(e => e.evidence),
      ]
        .filter(s => !overlapsAny(s.start, s.end, gold.ignoredSpans))
        .filter(s => overlapsAny(s.start, s.end, found))
        .map(s => `${name}: ${s.text}`);
    });
    expect(overlapping).toEqual([]);
  });
});
