// Live updates plug in here.
//
// Issue 14 §2 adds GraphQL subscriptions over graphql-ws on the same port (`articleIngested`,
// `eventAdded`); they are built on another branch. When they land, this function opens the graphql-ws
// client on the GraphQL endpoint (with the same token as queries: `getToken()` from ./api, sent as
// connection params), subscribes to
//     subscription { articleIngested { id title } }
// and calls `handlers.onArticleIngested` for each article; the page then forgets its cached article
// texts and redraws the current view. Until then there is no live source and nothing is faked: the
// page shows what the API answered when the view was opened.

export interface IngestedArticle {
  readonly id: string;
  readonly title: string;
}

export interface LiveHandlers {
  onArticleIngested(article: IngestedArticle): void;
}

/** Starts live updates; returns the function that stops them. */
export function startLiveUpdates(_endpoint: string, _handlers: LiveHandlers): () => void {
  return () => undefined;
}
