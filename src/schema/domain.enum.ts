/** Registers the domain enums (plain TypeScript in kg/domain.ts) as GraphQL enums. */
import { registerEnumType } from 'type-graphql';
import { ActorKind, DatePrecision, EventRole, Modality, QuadClass } from '../kg/domain';

export {
  ActorKind,
  DatePrecision,
  EventRole,
  Modality,
  QUAD_CLASS_BY_NUMBER,
  QuadClass,
} from '../kg/domain';

registerEnumType(ActorKind, { name: 'ActorKind', description: 'What kind of actor a node is.' });
registerEnumType(Modality, {
  name: 'Modality',
  description:
    'How the article presents an event: ASSERTED as fact, REPORTED via a source, POSSIBLE or PLANNED ' +
    '(not happened), HISTORICAL background.',
});
registerEnumType(QuadClass, {
  name: 'QuadClass',
  description: "CAMEO's four-way event classification.",
});
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description:
    'How much of a date was known. A date-time stores what was not given as zero (a date-only ' +
    "publishedAt is midnight UTC with precision DAY); facts' dates are days, MONTH and YEAR ones " +
    'falling on the first day of the month or year. SECOND and MINUTE occur only on publishedAt.',
});
registerEnumType(EventRole, {
  name: 'EventRole',
  description: 'The side an actor takes in an event.',
});
