import type { CrawledPage } from "@/inngest/agents/agent";
import type { PageLink } from "./extract-links";

export type LinkKind = Exclude<CrawledPage["kind"], "home" | "other">;

// Slugs as they appear in paths and, slugified, in link text ("Sobre nós" → "sobre-nos").
const slugsByKind: Record<LinkKind, string[]> = {
  about: [
    "about", "about-us", "aboutus", "company", "our-company", "who-we-are", "our-story",
    "sobre", "sobre-nos", "quem-somos", "a-empresa", "empresa", "nossa-empresa", "institucional", "nossa-historia",
  ],
  contact: [
    "contact", "contact-us", "contactus", "contacts", "get-in-touch",
    "contato", "contatos", "fale-conosco", "entre-em-contato", "contacto",
  ],
  team: ["team", "our-team", "the-team", "people", "leadership", "equipe", "nossa-equipe", "time", "nosso-time", "lideranca"],
  careers: [
    "careers", "career", "jobs", "join-us", "work-with-us", "vacancies", "employment", "open-positions", "openings", "hiring",
    "carreiras", "carreira", "vagas", "trabalhe", "trabalhe-conosco", "trabalhe-com-a-gente", "oportunidades",
  ],
  blog: ["blog", "news", "newsroom", "insights", "articles", "noticias", "novidades", "artigos"],
};

const kindBySlug = new Map(
  Object.entries(slugsByKind).flatMap(([kind, slugs]) => slugs.map((slug) => [slug, kind as LinkKind] as const)),
);

const documentExtension = /\.(pdf|jpe?g|png|gif|svg|webp|zip|docx?|xlsx?|pptx?|mp4|mp3|xml|json|rss)$/i;

/**
 * Which page role a link points at, judged by its last path segment, then by its words,
 * matched whole so "Learn about pricing" or "/time-tracking" are not mistaken for about/team.
 */
export function classifyLink(link: PageLink): LinkKind | null {
  if (documentExtension.test(link.url.pathname)) return null;
  const segments = link.url.pathname.split("/").filter(Boolean);
  const last = segments.at(-1)?.replace(/\.(html?|php|aspx?)$/i, "");
  return (last && kindBySlug.get(slugify(last))) || kindBySlug.get(slugify(link.text)) || null;
}

function slugify(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
