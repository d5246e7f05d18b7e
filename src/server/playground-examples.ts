import type { PlaygroundExample } from './playground';

/**
 * The analyst questions (shared/design/domain-model.md §5), each one query, preloaded in the playground
 * and documented in the README; tests/integration/analyst-questions.int.test.ts runs every one.
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
        date
        datePrecision
        modality
        type { code name quadClass goldstein }
        source { id name }
        target { id name }
        summary
        evidence { start end text }
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
    start count verbalCooperation materialCooperation verbalConflict materialConflict goldsteinSum goldsteinMean
  }
  ukraineToNorthKorea: dyadTimeline(a: "country:UKR", b: "country:PRK", directed: true) {
    start count materialConflict goldsteinSum
  }
}`,
  },
  {
    name: 'WhatKimJongUnSaid',
    query: `# 3. Who said what about whom: everything Kim Jong Un said, verbatim or reported, and who carried it
query WhatKimJongUnSaid {
  actor(id: "person:kim-jong-un") {
    name
    offices { title country { name } since }
    statements(first: 50) {
      edges {
        node {
          text
          direct
          reportingVerb
          addressees { name }
          about { name }
          reportedBy { name }
          evidence { start end article { title } }
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
    recognizer { name }
    since
    sincePrecision
    evidence { text }
  }
}`,
  },
  {
    name: 'WhoCutTiesWithPyongyang',
    query: `# 5. Who cut or reduced ties with North Korea (CAMEO 16x), and in response to what
query WhoCutTiesWithPyongyang {
  country(iso3: "PRK") {
    name
    events(role: TARGET, first: 50, filter: { cameoRoot: ["16"] }) {
      edges {
        node {
          type { code name }
          source { name }
          date
          datePrecision
          respondsTo { summary type { code } source { name } target { name } }
          evidence { text }
        }
      }
    }
  }
  diplomaticStatus(a: "country:UKR", b: "country:PRK", at: "2022-12-31") { status since sincePrecision }
}`,
  },
  {
    name: 'HowUkraineConnectsToNorthKorea',
    query: `# 6. How Ukraine is connected to North Korea: the shortest path, each step with its evidence
query HowUkraineConnectsToNorthKorea {
  path(from: "country:UKR", to: "country:PRK", maxHops: 3) {
    length
    steps {
      from { name }
      to { name }
      kind
      direction
      event { type { code name } date evidence { text } }
    }
  }
  beforeTheBreak: path(from: "country:UKR", to: "country:PRK", maxHops: 4, until: "2022-06-30") {
    length
    steps { from { name } to { name } kind event { type { code } } }
  }
}`,
  },
  {
    name: 'WhoAreTheHostileForces',
    query: `# 7. Who the "hostile forces" are, and the statements aimed at them
query WhoAreTheHostileForces {
  actor(id: "group:hostile-forces") {
    name
    description
    members { name iso3 }
    events(role: TARGET) { edges { node { type { code name } source { name } summary } } }
  }
  statements(about: "group:hostile-forces") { edges { node { text speaker { name } stance } } }
}`,
  },
  {
    name: 'HistoryInvoked',
    query: `# 8. Which history is invoked, and by whom: historical events, and what was said about them
query HistoryInvoked {
  events(filter: { modality: [HISTORICAL] }, first: 50) {
    edges {
      node {
        date datePrecision type { name } source { name } target { name } summary
        statements { text speaker { name } }
        evidence { text }
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
        summary
        modality
        sourcing { articleCount singleSource outlets { name } }
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
        modality type { code name } source { name } target { name } summary
        statements { text speaker { name } }
        evidence { text }
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
    kind
    score
    snippet
    node {
      ... on Statement { text speaker { name } }
      ... on Article { title }
      ... on Actor { name }
    }
  }
}`,
  },
];
