import { registerEnumType } from 'type-graphql';

/** How two actors are linked in one step: through an event, or through one actor relation. */
export enum LinkKind {
  EVENT = 'EVENT',
  OF_COUNTRY = 'OF_COUNTRY',
  PART_OF = 'PART_OF',
  HAS_MEMBER = 'HAS_MEMBER',
  HOLDS_OFFICE = 'HOLDS_OFFICE',
  SUCCEEDS = 'SUCCEEDS',
}

/** Whether a step runs along its event or relation, or against it. */
export enum StepDirection {
  FORWARD = 'FORWARD',
  BACKWARD = 'BACKWARD',
}

registerEnumType(LinkKind, {
  name: 'LinkKind',
  description:
    'What links two actors in one step: EVENT (one is the source of an event, the other its target) or ' +
    'an actor relation: OF_COUNTRY (a person, organization, outlet or territory and its country), ' +
    'PART_OF, HAS_MEMBER (a group and a member), HOLDS_OFFICE (a person and the country whose office ' +
    'they hold), SUCCEEDS (a state and its predecessor).',
});
registerEnumType(StepDirection, {
  name: 'StepDirection',
  description:
    "FORWARD when the step's `from` is the event's source or the relation's start (Kim Jong Un " +
    'HOLDS_OFFICE North Korea), BACKWARD when it is the target or end.',
});
