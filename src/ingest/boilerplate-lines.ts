/**
 * Single lines of a wire or website article that are not the story: bylines, wire credits, photo
 * captions and image credits, copyright and disclaimer lines, share/newsletter/follow prompts,
 * "Updated <date>" stamps, tag lines and page chrome. Each rule matches the layout of such a line as a
 * whole (anchored at both ends), so a story sentence that merely begins the same way ("By Tuesday, …",
 * "Reporting by the agency suggested …") does not match: precision first, a story line is never dropped.
 *
 * Datelines ("WELLINGTON (Pacific Wire Service) - …") are part of the story's first sentence and stay.
 */
import {
  CAP_WORD,
  CREDITS,
  NAME,
  NAMES,
  NOT_A_NAME,
  PHOTO_AGENCY,
  oneOf,
} from './boilerplate-names';

const COPYRIGHT_LINE = /^(©|\(c\)\s|copyright\b)|all rights reserved/i;
const DISCLAIMER_LINE =
  /^(disclaimer\s*:|the views (and opinions )?expressed (in this article )?are|this (article|content) (is|was) (for informational purposes|not intended as|provided for information)|not (financial|legal|investment) advice|this (material|article|story) may not be (re)?published|our standards\s*:)/i;

/** "Photo caption: …", "(Photo: …)", "Caption: …", "Pictured: …", "Image credit: …", "Credit: …". */
const CAPTION_PREFIX =
  /^[([]?\s*(?:(?:file|top|main|lead|header|featured|cover)\s+)?(?:photo|photograph|picture|image|pictured|caption|illustration|graphic|credit)s?(?:\s+(?:caption|credit|source))?\s*:/i;
/** "(Photo by Name/AFP via Getty Images)", "Photograph by Name". */
const PHOTO_BY = new RegExp(
  String.raw`^[(\[]?[ \t]*${oneOf(['photo', 'photograph', 'picture', 'image'])}s?[ \t]+by[ \t]+${NAME}`,
  'u',
);
/** A line ending with a photographer's credit, "Outlet/Name" (Reuters style) or "Name/AFP". */
const ENDS_WITH_SLASH_CREDIT = new RegExp(
  String.raw`(?:^|[\s.,(])${NAME}[ \t]*\/[ \t]*${NAME}(?:[ \t]+via[ \t]+${NAME})?[ \t]*\)?$`,
  'u',
);
/** A line ending with "— AFP/File", "- Photo: Reuters", "AFP via Getty Images" or "(Photo: AFP)". */
const ENDS_WITH_IMAGE_CREDIT = new RegExp(
  String.raw`(?:[-–—][ \t]*(?:${PHOTO_AGENCY}|${NAME})[ \t]*\/[ \t]*(?:File|${NAME})|[-–—][ \t]*${oneOf(['photo', 'image', 'picture'])}[ \t]*[:/][ \t]*${NAME}|via[ \t]+Getty[ \t]+Images|\([ \t]*${oneOf(['photo', 'photograph', 'image', 'picture'])}s?(?:[ \t]+by[ \t]*:?|[ \t]*:)[ \t]*[^()]{1,80}\))[ \t]*$`,
  'u',
);

/** A wire credit on a line of its own, bare, in parentheses or after a dash. */
const CREDIT_LINE = new RegExp(
  String.raw`^[-–—]*[ \t]*\(?[ \t]*${CREDITS}[ \t]*\.?[ \t]*\)?[ \t]*\.?$`,
  'u',
);
/** The same credit in parentheses at the end of a story line: "… on Monday. (Reporting by …)". */
const PAREN_CREDIT = new RegExp(String.raw`^\([ \t]*${CREDITS}[ \t]*\.?[ \t]*\)[ \t]*\.?$`, 'u');

/** How a byline opens: "By", "Written by", "Story by", "Author:". */
const BYLINE_LEAD = new RegExp(
  String.raw`^(?:${oneOf(['by', 'written by', 'story by', 'words by', 'posted by', 'reported by'])}|BY|${oneOf(['author', 'authors'])}[ \t]*:)[ \t]+(?!${NOT_A_NAME})(${NAMES})`,
  'u',
);
/** What may follow the names of a byline: a role, an outlet, a place, a date ("| Outlet", ", Senior Correspondent"). */
const BYLINE_TAIL = /^(?:\s*(?:,|\||[-–—•·/]|\bfor\b|\bin\b|\bat\b|\())[^"“”!?;]*$/u;
const BYLINE_TAIL_MAX_WORDS = 10;
/** A role line right under a byline: "Senior Correspondent", "Staff Reporter, Outlet". */
const ROLE_LINE =
  /^(?:[\p{L}'’.-]+\s+){0,4}(?:correspondent|reporter|editor|writer|staff|bureau chief|contributor|columnist|journalist|analyst|desk)s?\b[\p{L}\s,|'’.&-]*$/iu;

const SHARE_LINE = new RegExp(
  [
    String.raw`^(?:${oneOf(['share'])}[ \t]+(?:this|on|via|the[ \t]+(?:story|article))\b`,
    String.raw`${oneOf(['follow'])}[ \t]+(?:us\b|@|${CAP_WORD}(?:[ \t]+${CAP_WORD}){0,3}[ \t]+on[ \t]+(?:Facebook|Twitter|X|Instagram|LinkedIn|Telegram|WhatsApp|YouTube|TikTok|Threads|Bluesky|Google News)\b)`,
    String.raw`${oneOf(['subscribe'])}[ \t]+(?:to|now|for|today|here)\b`,
    String.raw`${oneOf(['sign up'])}[ \t]+(?:for|to|now|here|today)\b`,
    String.raw`${oneOf(['click', 'tap'])}[ \t]+here\b`,
    String.raw`${oneOf(['download', 'get'])}[ \t]+(?:our|the[ \t]+[\p{L} ]{1,30}[ \t]+app)\b`,
    String.raw`${oneOf(['join'])}[ \t]+(?:our|us[ \t]+on)\b`,
    String.raw`${oneOf(['like'])}[ \t]+us\b`,
    String.raw`${oneOf(['get the latest', 'get breaking', 'never miss'])}\b.*\b(?:newsletter|inbox|alerts|app)\b)`,
  ].join('|'),
  'u',
);

const MONTH_OR_DAY = oneOf([
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
]);
/** What a date stamp starts with: a number, "June 12", "Thursday, June 12", "today". */
const DATE_WORD = String.raw`(?:\p{N}|${MONTH_OR_DAY}\p{L}*\.?,?[ \t]+(?:${MONTH_OR_DAY}\p{L}*[ \t]+)?\p{N}|${oneOf(['today', 'yesterday'])}\b)`;
/** "Updated: 12 June 2025, 10:32 GMT", "Published on Monday 4 March 2024 | Last updated …". */
const DATE_STAMP = new RegExp(
  String.raw`^(?:${oneOf(['last updated', 'updated', 'published', 'first published', 'posted', 'modified'])}|UPDATED|PUBLISHED)(?:[ \t]+(?:on|at))?[ \t]*:?[ \t]*${DATE_WORD}[^"“”!?;]{0,90}$`,
  'u',
);
/** "Topics: Fiji, New Zealand, Diplomacy", "Tags: …", "Filed under: …". */
const TAGS_LINE = new RegExp(
  String.raw`^(?:${oneOf(['topics', 'tags', 'tagged', 'tagged with', 'filed under', 'categories', 'category', 'keywords', 'related topics', 'more on', 'explore more on these topics', 'section'])})[ \t]*:[ \t]*(\S.*)$`,
  'u',
);
const TAG_MAX_WORDS = 5;
/** Page chrome that stands for nothing in the story. */
const CHROME_LINE =
  /^(?:advertisement|sponsored|story continues (?:below|after)(?: (?:this )?advertisement)?|scroll to continue(?: with content)?|continue reading(?: below)?|listen to this article|(?:\d+\s*(?:min|minute)s?\s*read)|reading time\s*:.*|print this (?:article|page)|email this (?:article|story))\s*[.:]?$/i;

/** A credit line reduced to an agency after a dash or in parentheses: "— AFP", "(Reuters)". */
const OUTLET_NOUN = String.raw`(?:Wire|News|Agency|Press|Service|Newswire|Dispatch|Monitor|Courier|Times|Post|Herald|Tribune|Journal|Daily)`;
const AGENCY = String.raw`(?:${PHOTO_AGENCY}|\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){0,2}|${NAME}[ \t]+${OUTLET_NOUN})`;
const AGENCY_LINE = new RegExp(
  String.raw`^(?:[-–—]{1,2}[ \t]*${AGENCY}|\([ \t]*${AGENCY}[ \t]*\))(?:[ \t]*\/[ \t]*${NAME})?[ \t]*$`,
  'u',
);
/** "… said on Monday. — AFP": the agency credit closing the last paragraph (only that part is ignored). */
const TRAILING_AGENCY = new RegExp(
  String.raw`(?<=[.!?"”’])[ \t]+[-–—]{1,2}[ \t]*${AGENCY}[ \t]*$`,
  'u',
);

function words(s: string): string[] {
  return s.split(/\s+/).filter(w => w !== '');
}

function endsLikeSentence(t: string): boolean {
  // a final period after a lowercase word or a number; "Jr." and initials end names, not sentences
  return /[\p{Ll}\p{N}"”’)]{2}[.!?]$/u.test(t) || /[!?]$/.test(t);
}

/** "By X", "By X and Y | Outlet", "By X, Senior Correspondent" — not "By Tuesday, Kenya …". */
export function isByline(t: string): boolean {
  const m = BYLINE_LEAD.exec(t);
  if (m === null || t.length > 160) {
    return false;
  }
  const tail = t.slice(m[0].length);
  if (tail.trim() === '') {
    return true;
  }
  return (
    BYLINE_TAIL.test(tail) && !endsLikeSentence(t) && words(tail).length <= BYLINE_TAIL_MAX_WORDS
  );
}

/** A short role line under a byline. */
export function isBylineRole(t: string): boolean {
  return t.length <= 80 && ROLE_LINE.test(t) && !endsLikeSentence(t);
}

function isTagsLine(t: string): boolean {
  const m = TAGS_LINE.exec(t);
  const list = m?.[1];
  if (list === undefined || endsLikeSentence(t)) {
    return false;
  }
  return list.split(/[,|•·;/]/).every(item => words(item).length <= TAG_MAX_WORDS);
}

function isCaption(t: string, isTitle: boolean): boolean {
  if (CAPTION_PREFIX.test(t) || PHOTO_BY.test(t)) {
    return true;
  }
  // structural: a line that ends with an image credit; never the title
  return (
    !isTitle &&
    !/[.!?:;,"”’]$/.test(t) &&
    (ENDS_WITH_SLASH_CREDIT.test(t) || ENDS_WITH_IMAGE_CREDIT.test(t))
  );
}

/**
 * Why a whole (trimmed) line is not the story, or null when it may be. `isTitle`: the article's first
 * line, which structural rules (a line shaped like a caption) leave alone.
 */
export function lineBoilerplate(t: string, isTitle: boolean): string | null {
  if (COPYRIGHT_LINE.test(t)) {
    return 'site boilerplate: a copyright line';
  }
  if (DISCLAIMER_LINE.test(t)) {
    return 'site boilerplate: a legal disclaimer';
  }
  if (t.length <= 400 && CREDIT_LINE.test(t)) {
    return 'reporting credit line';
  }
  if (isCaption(t, isTitle)) {
    return 'photo caption';
  }
  if (isByline(t)) {
    return 'byline';
  }
  if (t.length <= 160 && SHARE_LINE.test(t)) {
    return 'site boilerplate: a share or subscribe prompt';
  }
  if (DATE_STAMP.test(t) && !endsLikeSentence(t)) {
    return 'site boilerplate: a publication or update time';
  }
  if (isTagsLine(t)) {
    return 'site boilerplate: a tags line';
  }
  if (CHROME_LINE.test(t)) {
    return 'site boilerplate: page chrome';
  }
  if (AGENCY_LINE.test(t)) {
    return 'agency credit line';
  }
  return null;
}

/** The start (within the line) and reason of a credit closing a story line, or null. */
export function trailingCredit(t: string): { from: number; reason: string } | null {
  const open = t.lastIndexOf('(');
  if (open > 0 && t.length - open <= 400 && PAREN_CREDIT.test(t.slice(open))) {
    return { from: open, reason: 'reporting credit line' };
  }
  const m = TRAILING_AGENCY.exec(t);
  if (m !== null) {
    const dash = t.slice(m.index).search(/[-–—]/);
    return { from: m.index + dash, reason: 'agency credit line' };
  }
  return null;
}
