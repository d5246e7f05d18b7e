import { Field, InputType, registerEnumType } from 'type-graphql';

export enum EventOrderField {
  DATE = 'DATE',
  GOLDSTEIN = 'GOLDSTEIN',
  CAMEO_CODE = 'CAMEO_CODE',
}

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(EventOrderField, {
  name: 'EventOrderField',
  description: 'DATE: undated events count as earliest. GOLDSTEIN: the score of the CAMEO type.',
});
registerEnumType(OrderDirection, { name: 'OrderDirection' });

@InputType({
  description:
    'One key of a multi-key event order; ties fall to the next key, then to date and id.',
})
export class EventOrder {
  @Field(() => EventOrderField)
  field!: EventOrderField;

  @Field(() => OrderDirection)
  direction: OrderDirection = OrderDirection.ASC;
}
