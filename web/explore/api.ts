// The page's only way to the data: POST to the public GraphQL endpoint, with the reader token kept in
// sessionStorage (this tab only) when the server needs one (READ_ACCESS=token, docs/access.md).

const TOKEN_KEY = 'newsgraph-explore:token';

export class ApiError extends Error {
  override readonly name: string = 'ApiError';
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** The server wants a (valid) token: the page shows the token form. */
export class AuthRequiredError extends ApiError {
  override readonly name = 'AuthRequiredError';
}

export function getToken(): string | null {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string | null): void {
  try {
    if (token === null) {
      window.sessionStorage.removeItem(TOKEN_KEY);
    } else {
      window.sessionStorage.setItem(TOKEN_KEY, token);
    }
  } catch {
    // storage disabled: the token lasts until the next reload
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export type Variables = Record<string, unknown>;

export interface Api {
  query<T>(query: string, variables?: Variables): Promise<T>;
}

export function createApi(endpoint: string): Api {
  return {
    async query<T>(query: string, variables: Variables = {}): Promise<T> {
      const token = getToken();
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(token === null ? {} : { authorization: `Bearer ${token}` }),
        },
        body: JSON.stringify({ query, variables }),
      });
      let body: GraphQLResponse<T>;
      try {
        body = (await res.json()) as GraphQLResponse<T>;
      } catch {
        throw new ApiError(`the server answered ${res.status} without a GraphQL response`);
      }
      const first = body.errors?.[0];
      if (res.status === 401 || first?.extensions?.code === 'UNAUTHENTICATED') {
        throw new AuthRequiredError(
          first?.message ?? 'a reader token is needed',
          'UNAUTHENTICATED',
        );
      }
      if (first !== undefined) {
        throw new ApiError(first.message, first.extensions?.code);
      }
      if (body.data === undefined || body.data === null) {
        throw new ApiError(`the server answered ${res.status} without data`);
      }
      return body.data;
    },
  };
}
