import type { PlaygroundExample } from './playground';

/**
 * The one source of the example operations: the analyst questions (shared/design/domain-model.md §5) and a
 * few more, each one query, preloaded in the playground and shown verbatim in docs/queries.md and the
 * README (tests/unit/docs-examples.test.ts checks every ```graphql block of the docs against this file);
 * tests/integration/analyst-questions.int.test.ts runs every one.
 */
export const PLAYGROUND_EXAMPLES: readonly PlaygroundExample[] = [
  {
    name: 'RelationsRussiaNorthKorea',
    query: `# 1. All relations between Russia and North Korea over time (officials' events included)
query RelationsRussiaNorthKorea($a: ID!, $b: ID!) {
  relationsBetween(a: $a, b: $b, first: 50) {
    totalCount
    edges {
      node {
        id
        date
        datePrecision
        modality
        type { id code name quadClass goldstein }
        source { id name }
        target { id name }
        summary
        evidence { id start end text }
      }
    }
  }
}`,
    variables: { a: 'country:RUS', b: 'country:PRK' },
  },
  {
    name: 'DyadIndexPerMonth',
    query: `# 2. Cooperation/conflict index per month for a dyad (history and possibilities left out)
query DyadIndexPerMonth {
  russiaNorthKorea: dyadTimeline(a: "country:RUS", b: "country:PRK", interval: MONTH) {
    id
    start count verbalCooperation materialCooperation verbalConflict materialConflict goldsteinSum goldsteinMean
  }
  ukraineToNorthKorea: dyadTimeline(a: "country:UKR", b: "country:PRK", directed: true) {
    id
    start count materialConflict goldsteinSum
  }
}`,
  },
  {
    name: 'WhatKimJongUnSaid',
    query: `# 3. Who said what about whom: everything Kim Jong Un said, verbatim or reported, and who carried it
query WhatKimJongUnSaid {
  actor(id: "person:kim-jong-un") {
    id
    name
    offices { id title country { id name } since }
    statements(first: 50) {
      edges {
        node {
          id
          text
          direct
          reportingVerb
          addressees { id name }
          about { id name }
          reportedBy { id name }
          evidence { id start end article { id title } }
        }
      }
    }
  }
}`,
  },
  {
    name: 'WhoRecognizesDonetsk',
    query: `# 4. Which countries recognize the Donetsk People's Republic, since when, on which evidence
query WhoRecognizesDonetsk {
  recognitions(of: "territory:donetsk-peoples-republic") {
    id
    recognizer { id name }
    since
    sincePrecision
    evidence { id text }
  }
}`,
  },
  {
    name: 'WhoCutTiesWithPyongyang',
    query: `# 5. Who cut or reduced ties with North Korea (CAMEO 16x), and in response to what
query WhoCutTiesWithPyongyang {
  country(iso3: "PRK") {
    id
    name
    events(role: TARGET, first: 50, filter: { cameoRoot: ["16"] }) {
      edges {
        node {
          id
          type { id code name }
          source { id name }
          date
          datePrecision
          respondsTo { id summary type { id code } source { id name } target { id name } }
          evidence { id text }
        }
      }
    }
  }
  diplomaticStatus(a: "country:UKR", b: "country:PRK", at: "2022-12-31") { id status since sincePrecision }
}`,
  },
  {
    name: 'HowUkraineConnectsToNorthKorea',
    query: `# 6. How Ukraine is connected to North Korea: the shortest path, each step with its evidence
query HowUkraineConnectsToNorthKorea {
  path(from: "country:UKR", to: "country:PRK", maxHops: 3) {
    id
    length
    steps {
      id
      from { id name }
      to { id name }
      kind
      direction
      event { id type { id code name } date evidence { id text } }
    }
  }
  beforeTheBreak: path(from: "country:UKR", to: "country:PRK", maxHops: 4, until: "2022-06-30") {
    id
    length
    steps { id from { id name } to { id name } kind event { id type { id code } } }
  }
}`,
  },
  {
    name: 'WhoAreTheHostileForces',
    query: `# 7. Who the "hostile forces" are, and the statements aimed at them
query WhoAreTheHostileForces {
  actor(id: "group:hostile-forces") {
    id
    name
    description
    members { id name iso3 }
    events(role: TARGET) { edges { node { id type { id code name } source { id name } summary } } }
  }
  statements(about: "group:hostile-forces") { edges { node { id text speaker { id name } stance } } }
}`,
  },
  {
    name: 'HistoryInvoked',
    query: `# 8. Which history is invoked, and by whom: historical events, and what was said about them
query HistoryInvoked {
  events(filter: { modality: [HISTORICAL] }, first: 50) {
    edges {
      node {
        id
        date datePrecision type { id name } source { id name } target { id name } summary
        statements { id text speaker { id name } }
        evidence { id text }
      }
    }
  }
}`,
  },
  {
    name: 'HowWellSourced',
    query: `# 9. How well sourced each claim is: articles and outlets behind each event
query HowWellSourced {
  relationsBetween(a: "country:RUS", b: "country:PRK") {
    edges {
      node {
        id
        summary
        modality
        sourcing { id articleCount singleSource outlets { id name } }
      }
    }
  }
}`,
  },
  {
    name: 'PossibleOrPlanned',
    query: `# 10. What is reported as possible or planned (watch list)
query PossibleOrPlanned {
  events(filter: { modality: [POSSIBLE, PLANNED] }, first: 50) {
    edges {
      node {
        id
        modality type { id code name } source { id name } target { id name } summary
        statements { id text speaker { id name } }
        evidence { id text }
      }
    }
  }
}`,
  },
  {
    name: 'SearchTheGraph',
    query: `# Full-text search over statements, articles and actors
query SearchTheGraph {
  search(text: "comradely friendship") {
    id
    kind
    score
    snippet
    node {
      ... on Statement { id text speaker { id name } }
      ... on Article { id title }
      ... on Actor { id name }
    }
  }
}`,
  },
  {
    name: 'NorthKoreaNeighborhood',
    query: `# North Korea's ego network, two hops, ready to draw as a graph
query NorthKoreaNeighborhood {
  neighborhood(id: "country:PRK", hops: 2) {
    nodes { id kind label hop }
    edges { id source target kind weight eventCount goldsteinSum }
    truncated
  }
}`,
  },
];

/**
 * The ingest mutation as the docs show it (docs/ingest.md). Not a playground tab: the playground's
 * examples are reads that anyone may run (and npm run soak replays them). The placeholders are for the
 * reader to fill; tests/integration/apollo-client.int.test.ts fills them and runs it.
 */
export const INGEST_EXAMPLE: PlaygroundExample = {
  name: 'IngestArticle',
  query: `# Ingest one article: send it with Authorization: Bearer <a writer token>
mutation IngestArticle {
  ingestArticle(input: { text: "…", url: "https://…", source: "…", publishedAt: "2022-08-16" }) {
    article { id title publishedAt publishedAtPrecision }
    created { articles actors statements events }
    merged { articles actors statements events }
  }
}`,
};
