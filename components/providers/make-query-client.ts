import { defaultShouldDehydrateQuery, MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import superjson from "superjson";

export function makeQueryClient(opts: { onError?: (error: unknown) => void } = {}) {
  return new QueryClient({
    queryCache: new QueryCache({ onError: opts.onError }),
    mutationCache: new MutationCache({ onError: opts.onError }),
    defaultOptions: {
      // Live events keep the cache fresh; refetching on focus would only race them.
      queries: { staleTime: 60_000, refetchOnWindowFocus: false },
      dehydrate: {
        serializeData: superjson.serialize,
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
      hydrate: { deserializeData: superjson.deserialize },
    },
  });
}
