import type { Localized } from "@/server/domain/settings/scoring-criteria";
import { type LeadFacts, num, str } from "./lead-facts";

/** One reason to reach out now, as the buying signals agent stated it. */
export type Signal = {
  factKey: "signal.hiring" | "signal.funding" | "signal.expansion" | "signal.news";
  /** YYYY-MM-DD, or null when the page gave no date. */
  date: string | null;
  sourceUrl: string | null;
  /** How much this kind of signal says about a need now, before its age is counted. */
  strength: number;
  text: Localized;
  confidence: number;
};

// The careers or news page itself, read as a post when it carries a date: a page, not news.
const pageTitle = /^(careers?|jobs|vacancies|join us|work with us|news|blog|press|carreiras|vagas|trabalhe conosco|not[ií]cias|imprensa)$/i;
// Open roles, a round or an expansion each show a need now; among recent ones the newest is cited.
const strengths = { hiring: 1, funding: 1, expansion: 1, news: 0.4 } as const;
const day = (value: unknown) => (str(value) && /^\d{4}-\d{2}-\d{2}/.test(String(value)) ? String(value).slice(0, 10) : null);
const newestFirst = (a: { date: string | null }, b: { date: string | null }) => (b.date ?? "").localeCompare(a.date ?? "");

function money(amount: number | null, currency: string | null): string {
  if (amount === null) return "";
  const short = amount >= 1e9 ? `${+(amount / 1e9).toFixed(1)}B` : amount >= 1e6 ? `${+(amount / 1e6).toFixed(1)}M` : amount >= 1e3 ? `${+(amount / 1e3).toFixed(1)}K` : `${amount}`;
  return ` (${currency ? `${currency} ` : ""}${short})`;
}

function hiring(facts: LeadFacts): Signal[] {
  const fact = facts.get("signal.hiring");
  const roles = (facts.record("signal.hiring")?.roles ?? []) as unknown[];
  const listed = roles
    .map((role) => role as Record<string, unknown>)
    .map((role) => ({ title: str(role.title), date: day(role.postedAt), sourceUrl: str(role.sourceUrl) }))
    .filter((role): role is { title: string; date: string | null; sourceUrl: string | null } => role.title !== null)
    .sort(newestFirst);
  const [newest] = listed;
  if (!fact || !newest) return [];
  const count = num(facts.record("signal.hiring")?.count) ?? listed.length;
  const titles = listed.slice(0, 3).map((role) => role.title).join(", ") + (listed.length > 3 ? ", …" : "");
  const date = newest.date;
  const text = count === 1
    ? { en: `Hiring: ${titles}${date ? ` (posted ${date})` : ""}`, "pt-BR": `Contratando: ${titles}${date ? ` (publicada em ${date})` : ""}` }
    : {
        en: `Hiring ${count} roles: ${titles}${date ? ` (newest posted ${date})` : ""}`,
        "pt-BR": `Contratando para ${count} vagas: ${titles}${date ? ` (a mais recente publicada em ${date})` : ""}`,
      };
  return [{ factKey: "signal.hiring", date: newest.date, sourceUrl: newest.sourceUrl ?? fact.sourceUrl, strength: strengths.hiring, text, confidence: fact.confidence }];
}

function listed(facts: LeadFacts, key: "signal.funding" | "signal.expansion" | "signal.news"): Signal[] {
  const confidence = facts.get(key)?.confidence ?? 0;
  return facts.list(key).flatMap((item) => {
    const v = (item ?? {}) as Record<string, unknown>;
    const date = day(v.date);
    const on = date ? { en: ` on ${date}`, "pt-BR": ` em ${date}` } : { en: "", "pt-BR": "" };
    const dated = date ? ` (${date})` : "";
    let text: Localized;
    if (key === "signal.funding") {
      const round = str(v.round);
      const amount = money(num(v.amount), str(v.currency));
      text = { en: `Raised ${round ?? "funding"}${amount}${on.en}`, "pt-BR": `Captou ${round ?? "investimento"}${amount}${on["pt-BR"]}` };
    } else if (key === "signal.expansion") {
      const summary = str(v.summary);
      if (!summary) return [];
      text = { en: `Expansion: ${summary}${dated}`, "pt-BR": `Expansão: ${summary}${dated}` };
    } else {
      const title = str(v.title);
      if (!title || pageTitle.test(title)) return [];
      text = { en: `In the news: ${title}${dated}`, "pt-BR": `Notícia: ${title}${dated}` };
    }
    const kind = key.slice("signal.".length) as keyof typeof strengths;
    return [{ factKey: key, date, sourceUrl: str(v.sourceUrl), strength: strengths[kind], text, confidence }];
  });
}

/**
 * Every signal the buying signals agent found: open roles as one signal (dated by the newest),
 * each funding round, expansion and post. A post that announces a round or an expansion is
 * already counted as that, so it is not counted again as news.
 */
export function readSignals(facts: LeadFacts): Signal[] {
  const strong = [...hiring(facts), ...listed(facts, "signal.funding"), ...listed(facts, "signal.expansion")];
  const announced = new Set(strong.map((signal) => signal.sourceUrl).filter(Boolean));
  const news = listed(facts, "signal.news").filter((signal) => !announced.has(signal.sourceUrl));
  return [...strong, ...news];
}
