import type { WorkspaceLanguage } from "@/server/api/schemas/settings";
import type { ResearchSubject } from "./research-subject";

export type ResearchQueries = {
  /** Searches whose results may name the company: its name alone, then with "news". */
  mentions: string[];
  /** One search for companies like it, and what it was built from (for confidence and the message). */
  similar: { query: string; basis: "industry" | "description" } | null;
};

/** At most three searches: the name quoted, the name with "news" in the workspace's language, and its market. */
export function researchQueries(subject: ResearchSubject, language: WorkspaceLanguage): ResearchQueries {
  const quoted = `"${subject.name.replace(/"/g, "")}"`;
  const news = language === "pt-BR" ? "notícias" : "news";
  const market = subject.industry ?? subject.description;
  const similar = market
    ? { query: [market, subject.location].filter(Boolean).join(" "), basis: subject.industry ? ("industry" as const) : ("description" as const) }
    : null;
  return { mentions: [quoted, `${quoted} ${news}`], similar };
}
