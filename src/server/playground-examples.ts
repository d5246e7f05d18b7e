import type { PlaygroundExample } from './playground';

/** Example operations preloaded in the playground (also documented in the README). */
export const PLAYGROUND_EXAMPLES: readonly PlaygroundExample[] = [
  {
    name: 'RelationsRussiaNorthKorea',
    query: `# All relations between Russia and North Korea over time (officials' events included)
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
    name: 'WhatKimJongUnSaid',
    query: `# Everything Kim Jong Un said: verbatim or reported, to whom, about whom, carried by which outlet
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
    name: 'WhoCutTiesWithPyongyang',
    query: `# Who cut or reduced ties with North Korea (CAMEO 16x), and in response to what
query WhoCutTiesWithPyongyang {
  country(iso3: "PRK") {
    name
    events(role: TARGET, first: 50) {
      edges {
        node {
          type { code name rootCode }
          source { name }
          date
          datePrecision
          respondsTo { summary source { name } target { name } }
          evidence { text }
        }
      }
    }
  }
}`,
  },
];
