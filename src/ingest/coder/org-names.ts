/**
 * Organisations, outlets and state bodies from the parse's ORGANIZATION entities that the gazetteer did
 * not already name:
 * - a country word opening the name, or right before it ("the Kenyan Interior Ministry", "Chile's
 *   Supreme Court"), makes a state body `org:<iso3>-<body>` PART_OF that country; the country word is
 *   a mention of the country too, and so does a lower-case body after a country word (body-phrases.ts:
 *   "Belize's foreign ministry"), or a body of that country already named with its word ("Malta court");
 *   an embassy or consulate is its state (only the country word is a mention);
 * - an outlet: a Phoenix actor coded MED, an outlet word ending the name ("Kyodo News") or just before
 *   it ("the state news agency VNA"), or the unknown name a wire story is sourced to ("according to X",
 *   "told X"; not a body's, "the PNG Defence Force") gives `media:<slug>` (outlet word dropped from slug);
 * - a Phoenix international actor gives `org:<acronym>` when it has one ("WFP", "the EU") or one of the
 *   article's all-caps words abbreviates it ("UN" for "United Nations"), else `org:<slug>`; a Phoenix
 *   non-state armed group gives `group:<slug>`;
 * - any other proper name gives `org:<slug>`.
 * Guards: capitalised tokens only (not "Philippine coast guard"), a name used as a modifier ("Amazon
 * border") or a single agent word ("State" in "Secretary of State") is not an actor, and a country word
 * inside a name ("Press Trust of India") stops being a mention of that country. Actors are added by
 * org-actors.ts, and the lower-case bodies by org-bodies.ts.
 */
import type { KgRelation, Span } from '../../kg/kg-batch';
import { ActorKind } from '../../schema/domain.enum';
import { actorsByAlias, agentsFor } from '../dictionaries/dictionary.loader';
import type { DictionaryActor } from '../dictionaries/dictionary.types';
import type { Gazetteer } from '../gazetteer/gazetteer';
import { slugify } from '../names';
import type { NlpDocument } from '../nlp/corenlp.client';
import {
  type MutableActor,
  entityTokens,
  isProperName,
  mentionOf,
  overlapsAny,
  spanOf,
  withNameTail,
} from './name-spans';
import { orgAdder } from './org-actors';
import { codeBodyPhrases } from './org-bodies';
import { withBodyExtent } from './body-extents';
import { ORG_NOUNS, describedKind, headKind, isModifier, isTitlePart } from './org-kinds';
import { abbreviates, dictionaryAcronym } from './org-acronyms';
import { endsLikeOutlet, outletContext, outletSlug } from './outlet-names';
import {
  isDatelinePart,
  isGroupName,
  isNotPerson,
  isOutletName,
  laterShortForms,
  outletOpenerBefore,
  ownerOfShortForm,
  parenAcronym,
} from './org-groups';
import {
  bodySlug,
  countryBefore,
  countryClosing,
  countryOpening,
  datelineState,
  isBody,
  isCivilName,
  isPossessedStateName,
  isMission,
  withPlaceWord,
} from './state-bodies';
import { isLegislature } from './legislatures';
import { isOtherStatesBody } from './dictionary-bodies';
import { isFacilityName } from './facility-names';
import { homeState } from './body-homes';

export interface CodedOrganisations {
  readonly relations: KgRelation[];
  /** Country mentions inside another name, to drop ("India" in "Press Trust of India"). */
  readonly dropped: Span[];
}

function phoenixActors(name: string): readonly DictionaryActor[] {
  return [...actorsByAlias(name), ...actorsByAlias(`THE ${name}`)].filter(a => a.kind !== 'person');
}

function isMedia(a: DictionaryActor): boolean {
  return a.defaults.some(c => c.startsWith('MED')) || a.roles.some(r => r.code.startsWith('MED'));
}

/**
 * Adds the article's organisations to `actors` (mentions too); `taken` are the mentions already
 * given. Returns PART_OF relations of new state bodies and the country mentions found inside names.
 */
export function codeOrganisations(
  text: string,
  doc: NlpDocument,
  ignored: readonly Span[],
  actors: MutableActor[],
  gaz: Gazetteer,
): CodedOrganisations {
  const relations: KgRelation[] = [];
  const dropped: Span[] = [];
  const acronyms = new Set(text.match(/\b[A-Z]{2,6}\b/g) ?? []);
  const taken = (): Span[] => actors.flatMap(a => a.mentions).filter(m => !dropped.includes(m));
  const { add, countryWord } = orgAdder(text, actors, gaz, dropped);

  const dateline = datelineState(text, gaz);
  /** Short forms of the names met so far: "(MFDC)" after a name, by actor id. */
  const shortForms = new Map<string, string>();
  for (const sentence of doc.sentences) {
    for (const m of sentence.entitymentions) {
      const cut = entityTokens(sentence, m);
      // a name the parse took for a person may be a group's or an outlet's ("Ansar al-Rovuma",
      // "Radio Kypros"); person-names.ts leaves those here
      if (m.ner !== 'ORGANIZATION' && !(m.ner === 'PERSON' && isNotPerson(sentence, cut))) {
        continue;
      }
      const at = (cut[0]?.index ?? 1) - 1;
      const opened =
        outletOpenerBefore(sentence, cut) === 0
          ? cut
          : [...sentence.tokens.slice(at - 1, at), ...cut];
      // "International Tribunal" cut before "for the Law of the Sea"
      const toks =
        m.ner === 'ORGANIZATION'
          ? withBodyExtent(
              sentence,
              withPlaceWord(
                sentence,
                withNameTail(sentence, opened, w => ORG_NOUNS.has(w.toLowerCase())),
                gaz,
              ),
              gaz,
            )
          : opened;
      if (
        toks.length === 0 ||
        !isProperName(text, toks) ||
        isTitlePart(sentence, toks) ||
        isFacilityName(sentence, toks) ||
        isDatelinePart(text, spanOf(toks))
      ) {
        continue;
      }
      const span = spanOf(toks);
      const name = text.slice(span.start, span.end);
      const owner = ownerOfShortForm(name, actors, shortForms);
      if (owner !== null) {
        if (!overlapsAny(span, ignored) && !overlapsAny(span, taken())) {
          owner.mentions.push(mentionOf(text, span));
        }
        continue;
      }
      // a legislature after its country word is the state's whatever a dictionary calls the word
      // ("Chile's Senate", "Peru's Congress": `org:<iso3>-parliament`, eval/README.md); one the
      // country word opens ("Malawi National Assembly") is read further down, as any body it opens
      const entries = phoenixActors(name);
      const leading = countryOpening(toks, gaz);
      const preceding = countryBefore(sentence, toks, gaz);
      const ownLegislature = preceding !== null && isLegislature(toks);
      // "Guyana's Environmental Protection Agency": another state's body in a dictionary is this one's
      const ownBody = isOtherStatesBody(entries, (preceding ?? leading)?.id ?? null, toks);
      const dict = ownLegislature || ownBody ? [] : entries;
      const unknown = dict.length === 0;
      // a body's one word after its country word ("the Fijian Navy") is that state's body
      const ownWord = preceding !== null && isBody(toks);
      if (
        unknown &&
        (isModifier(sentence, toks) ||
          (toks.length === 1 && !ownLegislature && !ownWord && agentsFor(name).length > 0))
      ) {
        continue;
      }
      // only country words may sit inside the name ("Kenyan Interior Ministry", "Press Trust of India")
      const inside = actors.flatMap(a =>
        a.mentions.filter(x => x.start < span.end && span.start < x.end).map(x => ({ a, x })),
      );
      // the rules' uncurated name cut short at a particle ("Prensa" of "Prensa del Istmo") gives way
      const cutShort = (a: MutableActor, x: Span): boolean =>
        a.kind !== ActorKind.PERSON &&
        !gaz.actors.has(a.id) &&
        x.start === span.start &&
        x.end < span.end &&
        /^\s+\p{Ll}/u.test(text.slice(x.end, span.end));
      if (
        overlapsAny(span, ignored) ||
        inside.some(
          ({ a, x }) =>
            (a.kind !== ActorKind.COUNTRY && !cutShort(a, x)) ||
            x.start < span.start ||
            (x.start === span.start && x.end >= span.end),
        )
      ) {
        continue;
      }
      // a civil sector's body ("Bhutanese Refugee Representative Council") is no state's
      // an outlet's name with a country word in it ("Tanzania Daily News") is the outlet's
      // (a ministry or department is the state's whatever its fields: "… Industry and Trade")
      const civil =
        unknown &&
        !ownLegislature &&
        (endsLikeOutlet(toks) ||
          (!/^(?:Ministry|Department)$/u.test(toks[0]?.word ?? '') && isCivilName(toks)));
      const opening = unknown && !civil ? countryOpening(toks, gaz) : null;
      // "Supreme Court of Mauritius" is the body "Mauritius's Supreme Court" names
      const closing = unknown && !civil && opening === null ? countryClosing(toks, gaz) : null;
      const before =
        unknown && !civil && opening === null && closing === null
          ? countryBefore(sentence, toks, gaz)
          : null;
      const rest = opening?.rest ?? closing?.rest ?? toks;
      if (opening !== null && !isBody(rest)) {
        continue; // "Chinese Foreign" (a cut "Chinese Foreign Minister"): the country word alone
      }
      const possessed = before !== null && isPossessedStateName(sentence, toks);
      const home = unknown ? homeState(sentence, toks, at, gaz, dateline) : null;
      const named = opening !== null || closing !== null || before !== null;
      if ((named && isBody(rest)) || possessed || home !== null) {
        const country = (opening?.id ?? closing?.id ?? before?.id ?? home) as string;
        const iso3 = country.slice('country:'.length).toLowerCase();
        const start = before?.start ?? span.start;
        const bodyId = `org:${iso3}-${bodySlug(rest)}`;
        const word =
          opening !== null
            ? spanOf(opening.word)
            : closing !== null
              ? spanOf(closing.word)
              : before;
        if (isMission(bodySlug(rest)) || (closing !== null && bodySlug(rest) === 'government')) {
          // "the Costa Rican Embassy": the state acts, named by its word
          if (word !== null) {
            countryWord(country, word);
          }
          continue;
        }
        const nameEnd = closing !== null ? spanOf(rest).end : span.end;
        add(bodyId, ActorKind.ORGANIZATION, text.slice(spanOf(rest).start, nameEnd), {
          start,
          end: span.end,
          text: text.slice(start, span.end),
        });
        if (word !== null) {
          countryWord(country, word);
        }
        if (!relations.some(r => r.fromId === bodyId)) {
          relations.push({ type: 'PART_OF', fromId: bodyId, toId: country });
        }
        continue;
      }
      const mention = mentionOf(text, span);
      const context = outletContext(sentence, (toks[0]?.index ?? 1) - 1);
      // the noun the sentence describes it by ("the federation X", "X, the manufacturer") decides, or
      // its own head noun ("… Fishermen's Cooperative")
      const described = unknown ? (describedKind(sentence, toks) ?? headKind(toks.at(-1))) : null;
      const group =
        dict.some(a => a.source === 'milnonstate') ||
        described === ActorKind.GROUP ||
        (unknown &&
          !described &&
          !isOutletName(sentence, toks) &&
          isGroupName(sentence, toks, doc.sentences));
      // an outlet's own name ("… Broadcasting Corporation") outweighs its head noun's kind
      const media =
        !group &&
        ((unknown && endsLikeOutlet(toks)) || !described) &&
        (dict.some(isMedia) ||
          (unknown &&
            (endsLikeOutlet(toks) ||
              isOutletName(sentence, toks) ||
              context === 'noun' ||
              (context === 'sourcing' && toks.length <= 4 && !isBody(toks)))));
      const paren = parenAcronym(text, span.end);
      if (media) {
        add(`media:${outletSlug(toks)}`, ActorKind.MEDIA_OUTLET, name, mention);
      } else if (group) {
        const actor = add(`group:${slugify(name)}`, ActorKind.GROUP, name, mention);
        if (paren !== null) {
          shortForms.set(actor.id, paren);
        }
      } else {
        const short =
          paren ??
          dict.map(dictionaryAcronym).find(a => a !== null) ??
          [...acronyms].find(a => abbreviates(a, name)) ??
          (acronyms.has(name) ? name : null);
        add(`org:${slugify(short ?? name)}`, ActorKind.ORGANIZATION, name, mention);
      }
      // a country word inside another name ("Kenya Airways") is not a mention of the country
      dropped.push(...inside.map(({ x }) => x));
    }
  }
  codeBodyPhrases(text, doc, gaz, ignored, actors, { add, countryWord }, relations);
  laterShortForms(text, actors, shortForms, ignored, taken);
  // later all-caps short forms of the organisations named in full ("UN's" after "United Nations")
  for (const a of actors.filter(x => x.kind === ActorKind.ORGANIZATION)) {
    const acronym = a.id.slice('org:'.length).toUpperCase();
    if (!acronyms.has(acronym) || a.name === acronym) {
      continue;
    }
    for (const hit of text.matchAll(new RegExp(`\\b${acronym}\\b`, 'gu'))) {
      const span = { start: hit.index, end: hit.index + acronym.length };
      if (!overlapsAny(span, ignored) && !overlapsAny(span, taken())) {
        a.mentions.push(mentionOf(text, span));
      }
    }
  }
  return { relations, dropped };
}
