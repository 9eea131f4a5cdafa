import { getDomain } from "tldts";
import type { SearchProvider, SearchResult } from "@/server/search/search-provider";
import type { Agent, AgentOutput, Fact } from "./agent";
import { mentionsCompany } from "./research/mentions-company";
import { researchMessages } from "./research/research-message";
import { researchQueries, type ResearchQueries } from "./research/research-queries";
import { researchSubject, type ResearchSubject } from "./research/research-subject";
import { isCompanySite, similarCompany } from "./research/similar-company";

const resultsPerQuery = 8;
const maxMentions = 10;
const maxSimilar = 5;

type Mention = { title: string; url: string; domain: string; snippet: string };

/**
 * Looks the company up with the workspace's search provider: pages on other sites that name
 * it, and companies in the same market and place (for the competitor mapper). Research is
 * extra: a provider that is down right now retries the step, any other failure is reported
 * and the lead goes on without it.
 */
export const webResearch: Agent = {
  name: "web-research",
  label: "Web research",
  kind: "deterministic",
  async run(input) {
    const language = input.workspace?.language ?? "en";
    const say = researchMessages(language);
    const search = input.env.search;
    if (!search) return { facts: [], message: say.noProvider };

    const subject = researchSubject(input);
    const queries = researchQueries(subject, language);
    let found: { mentions: SearchResult[]; similar: SearchResult[] };
    try {
      found = await runQueries(search, queries, input.signal);
    } catch (error) {
      if (input.signal?.aborted) throw input.signal.reason;
      const problem = (error instanceof Error ? error.message : String(error)).slice(0, 200) || "no reason given";
      // Rate limits and outages pass; the step's retry is the right place to wait for them.
      if ((error as { transient?: unknown } | null)?.transient === true) throw new Error(`The ${search.name} search is unavailable right now: ${problem}`);
      return { facts: [], message: say.failed(search.name, problem) };
    }
    return toOutput(subject, found, queries.similar?.basis ?? null, say);
  },
};

async function runQueries(search: SearchProvider, queries: ResearchQueries, signal?: AbortSignal) {
  const mentions: SearchResult[] = [];
  // One after the other: three calls are cheap, and a rate-limited provider is not hit in a burst.
  for (const query of queries.mentions) {
    signal?.throwIfAborted();
    mentions.push(...(await search.search(query, { limit: resultsPerQuery })));
  }
  signal?.throwIfAborted();
  const similar = queries.similar ? await search.search(queries.similar.query, { limit: resultsPerQuery }) : [];
  return { mentions, similar };
}

function toOutput(
  subject: ResearchSubject,
  found: { mentions: SearchResult[]; similar: SearchResult[] },
  basis: "industry" | "description" | null,
  say: ReturnType<typeof researchMessages>,
): AgentOutput {
  const registrable = (result: SearchResult) => getDomain(result.domain) ?? result.domain;
  const elsewhere = (results: SearchResult[]) => {
    const seen = new Set([subject.site]);
    return results.filter((result) => {
      const site = registrable(result);
      if (seen.has(site)) return false;
      seen.add(site);
      return true;
    });
  };
  const names = (result: SearchResult) => mentionsCompany(`${result.title} ${result.snippet}`, subject);

  const mentions: Mention[] = elsewhere([...found.mentions, ...found.similar].filter(names))
    .slice(0, maxMentions)
    .map(({ title, url, domain, snippet }) => ({ title, url, domain, snippet }));
  // A page naming the company is about it, not a company like it.
  const similar = elsewhere(found.similar.filter((result) => !names(result) && isCompanySite(registrable(result))))
    .slice(0, maxSimilar)
    .map(similarCompany);

  const facts: Fact[] = [];
  if (mentions.length > 0) {
    facts.push({ key: "research.mentions", value: mentions, method: "search", sourceUrl: mentions[0]!.url, confidence: 0.6 });
  }
  if (similar.length > 0) {
    const confidence = basis === "industry" ? 0.55 : 0.5;
    facts.push({ key: "research.similar_companies", value: similar, method: "search", sourceUrl: similar[0]!.url, confidence });
  }
  return { facts, message: say.found({ mentions: mentions.length, similar: basis === null ? null : similar.length }) };
}
