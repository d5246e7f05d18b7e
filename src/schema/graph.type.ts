import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { INHERIT } from './cache-control.directive';
import { Actor } from './actor.type';
import { ActorKind } from './domain.enum';
import { LinkKind } from './link.enum';

@Directive(INHERIT)
@ObjectType({ simpleResolvers: true, description: 'An actor in a neighbourhood graph.' })
export class GraphNode {
  @Field(() => ID, { description: "The actor's id." })
  id!: string;

  @Field(() => ActorKind)
  kind!: ActorKind;

  @Field(() => String, { description: "The actor's name." })
  label!: string;

  @Field(() => Int, { description: 'Steps from the centre (0 for the centre itself).' })
  hop!: number;

  @Field(() => Actor)
  actor?: Actor;
}

@Directive(INHERIT)
@ObjectType({
  simpleResolvers: true,
  description:
    'A link between two nodes of a neighbourhood graph: all events from `source` to `target` as one ' +
    'edge, or the relations of one kind from `source` to `target`.',
})
export class GraphEdge {
  @Field(() => ID, { description: 'Stable: `source|target|kind`.' })
  id!: string;

  @Field(() => ID, { description: "The event's source or the relation's start." })
  source!: string;

  @Field(() => ID, { description: "The event's target or the relation's end." })
  target!: string;

  @Field(() => LinkKind)
  kind!: LinkKind;

  @Field(() => Int, {
    description: 'Strength: the number of events (EVENT) or of relations (other kinds).',
  })
  weight!: number;

  @Field(() => Int, { description: 'Events from source to target; 0 for relations.' })
  eventCount!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Sum of the Goldstein scores of the events; null for relations.',
  })
  goldsteinSum!: number | null;
}

@Directive(INHERIT)
@ObjectType({
  simpleResolvers: true,
  description: "An actor's ego network, ready to draw: nodes by hop, and the edges among them.",
})
export class Graph {
  @Field(() => [GraphNode], { description: 'The centre first, then each hop strongest first.' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], {
    description: 'Every link between two returned nodes, by source, target and kind.',
  })
  edges!: GraphEdge[];

  @Field(() => Boolean, {
    description: 'True when some hop had more candidates than limitPerHop (the graph is a sample).',
  })
  truncated!: boolean;
}
