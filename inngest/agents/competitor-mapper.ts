import { z } from "zod";
import { citedLine, groundLine, type GroundedLine } from "./reasoning/cited-line";
import { defineReasoningAgent, type ReasoningContext } from "./reasoning/define-reasoning-agent";
import type { EvidenceItem } from "./reasoning/evidence";
import { factValue } from "./reasoning/fact-value";
import { cite, related, truncate } from "./reasoning/fallback-helpers";
import { foldName } from "./reasoning/fold";

const relations = ["their_competitor", "incumbent_tool", "our_competitor"] as const;
type Relation = (typeof relations)[number];

const competitorOutput = z.object({
  items: z.array(citedLine.extend({ name: z.string().min(1).max(120), relation: z.enum(relations) })).max(16),
});
type CompetitorOutput = z.infer<typeof competitorOutput>;

/** One stored line: who (or which tool), how it relates to the prospect, and the facts it rests on. */
export type CompetitorLine = GroundedLine & { name: string; relation: Relation; domain: string | null };

const MAX_ITEMS = 8;

type SimilarCompany = { name: string; domain?: string; url?: string; snippet?: string };
type StackTool = { name: string; category?: string };

function rawList<T extends { name: string }>(ctx: ReasoningContext, key: string): T[] {
  const value = factValue(ctx.input, key);
  return Array.isArray(value) ? value.filter((x): x is T => typeof (x as { name?: unknown } | null)?.name === "string") : [];
}

/** `foldName` with runs of spaces made one: "Harbor  Lane" is "harbor lane". */
const foldSpaced = (text: string) => foldName(text).replace(/\s+/g, " ");
const sameName = (a: string, b: string) => {
  const [x, y] = [foldSpaced(a), foldSpaced(b)];
  return x === y || (Math.min(x.length, y.length) >= 4 && (x.includes(y) || y.includes(x)));
};
const similarCompanies = (ctx: ReasoningContext) => rawList<SimilarCompany>(ctx, "research.similar_companies").filter((c) => c.domain !== ctx.input.lead.domain);
const stackTools = (ctx: ReasoningContext) => rawList<StackTool>(ctx, "tech.stack");

/**
 * The found fact (site, DNS or search; never another model's writing) that names `name` as a
 * whole word, as evidence: a competitor or tool is only kept when something found names it.
 */
function mentionOf(name: string, ctx: ReasoningContext): EvidenceItem | undefined {
  const wanted = foldSpaced(name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (wanted.length < 3) return undefined;
  const pattern = new RegExp(`(^|[^a-z0-9])${wanted}($|[^a-z0-9])`);
  const fact = ctx.input.facts.find((f) => f.method !== "llm" && f.method !== "fallback" && pattern.test(foldSpaced(JSON.stringify(f.value) ?? "")));
  return fact && ctx.evidence.items.find((item) => item.key === fact.key && item.agent === fact.agent);
}

/** The name as the evidence spells it, or null when the evidence does not name it where its relation says it comes from. */
function checkedName(name: string, relation: Relation, ctx: ReasoningContext): string | null {
  if (relation === "our_competitor") return ctx.workspace.context.competitors.find((c) => sameName(c, name)) ?? null;
  if (sameName(name, ctx.company) || sameName(name, ctx.input.lead.domain)) return null;
  const known = relation === "their_competitor" ? similarCompanies(ctx).find((c) => sameName(c.name, name) || sameName(c.domain ?? "", name)) : stackTools(ctx).find((t) => sameName(t.name, name));
  return known?.name ?? (mentionOf(name, ctx) ? name.trim() : null);
}

function fallbackItems(ctx: ReasoningContext): CompetitorOutput["items"] {
  const { evidence, t, company } = ctx;
  const similarItem = evidence.find("research.similar_companies");
  const stackItem = evidence.find("tech.stack");
  const oursItem = evidence.find("offer.competitors");
  const offer = ["offer.product", "offer.business", "offer.value_proposition"].flatMap((key) => evidence.all(key));
  const ours = ctx.workspace.context.competitors;

  const theirs = similarCompanies(ctx).slice(0, 4).map((c) => {
    const who = `${c.name}${c.domain ? ` (${c.domain})` : ""}`;
    const quote = c.snippet ? ` — "${truncate(c.snippet.trim(), 140)}"` : "";
    return { name: c.name, relation: "their_competitor" as const, ...cite(t({ en: `${who}: a similar company found by research, likely competing with ${company}${quote}`, "pt-BR": `${who}: empresa semelhante encontrada na pesquisa, provável concorrente da ${company}${quote}` }), similarItem) };
  });
  const tools = stackTools(ctx).flatMap((tool) => {
    const label = `${tool.name}${tool.category ? ` (${tool.category})` : ""}`;
    if (ours.some((c) => sameName(c, tool.name))) {
      return [{ name: tool.name, relation: "incumbent_tool" as const, ...cite(t({ en: `They already use ${label}, made by a competitor of ours: expect to be compared with it`, "pt-BR": `Já usam ${label}, de um concorrente nosso: espere ser comparado a ele` }), stackItem, oursItem) }];
    }
    const overlap = tool.category ? related(tool.category, offer)[0] : undefined;
    return overlap ? [{ name: tool.name, relation: "incumbent_tool" as const, ...cite(t({ en: `They already use ${label}, which overlaps with what we sell`, "pt-BR": `Já usam ${label}, que se sobrepõe ao que vendemos` }), stackItem, overlap) }] : [];
  });
  const rivals = ours.filter((name) => !tools.some((tool) => sameName(tool.name, name))).map((name) => {
    const mention = mentionOf(name, ctx);
    const text = mention
      ? t({ en: `${name}, a competitor of ours, appears in what we found about them (${mention.key}): they may know it or use it`, "pt-BR": `${name}, concorrente nosso, aparece no que encontramos sobre eles (${mention.key}): podem conhecê-lo ou usá-lo` })
      : t({ en: `${name} is a competitor of ours: not seen in their site or stack, but they may be evaluating it`, "pt-BR": `${name} é concorrente nosso: não aparece no site nem nas ferramentas deles, mas pode estar em avaliação` });
    return { name, relation: "our_competitor" as const, ...cite(text, oursItem, mention ?? stackItem) };
  });
  return [...theirs, ...tools, ...rivals].slice(0, MAX_ITEMS);
}

/**
 * Who the prospect competes with (from research), which tools in their stack overlap with ours,
 * and which of our named competitors they may weigh us against. A name is kept only when the
 * evidence names it where its relation says it comes from; a rival's domain is always the one research found.
 */
export const competitorMapper = defineReasoningAgent<CompetitorOutput>({
  name: "competitor-mapper",
  label: "Competitor mapper",
  factKey: "competitor.map",
  role: "a B2B competitive analyst",
  schema: competitorOutput,
  task(ctx) {
    const similar = similarCompanies(ctx).map((c) => `${c.name} (${c.domain ?? "no domain"})${c.snippet ? `: ${truncate(c.snippet, 160)}` : ""}`);
    const tools = stackTools(ctx).map((tool) => `${tool.name}${tool.category ? ` (${tool.category})` : ""}`);
    return [
      "Map the competition around this prospect in up to 8 lines, each with the company or tool name, its relation and a short line on why it matters for our sale:",
      '"their_competitor" is a company competing with the prospect (from research.similar_companies or research.mentions);',
      '"incumbent_tool" is a tool in their stack that overlaps with what we sell or is made by one of our competitors;',
      '"our_competitor" is one of our named competitors (offer.competitors) they may be evaluating.',
      "Name only companies and tools that appear in the evidence.",
      similar.length ? `The similar companies in detail: ${similar.join("; ")}.` : "",
      tools.length ? `Their stack in detail: ${tools.join("; ")}.` : "",
    ].filter(Boolean).join(" ");
  },
  ground(raw, ctx) {
    const items: CompetitorLine[] = [];
    for (const item of raw.items) {
      const line = groundLine(item, ctx.evidence);
      const name = line && checkedName(item.name, item.relation, ctx);
      if (!line || !name || items.some((kept) => kept.relation === item.relation && sameName(kept.name, name))) continue;
      const domain = item.relation === "their_competitor" ? (similarCompanies(ctx).find((c) => c.name === name)?.domain ?? null) : null;
      items.push({ name, relation: item.relation, domain, ...line });
    }
    const kept = items.slice(0, MAX_ITEMS);
    return { value: { items: kept }, lines: kept, dropped: raw.items.length - items.length };
  },
  fallback: (ctx) => ({ items: fallbackItems(ctx) }),
  summary(grounded, { t }) {
    const count = (relation: Relation) => (grounded.lines as CompetitorLine[]).filter((line) => line.relation === relation).length;
    const [theirs, tools, ours] = [count("their_competitor"), count("incumbent_tool"), count("our_competitor")];
    return t({
      en: `Competitive map: ${theirs} of their competitors, ${tools} overlapping tool${tools === 1 ? "" : "s"}, ${ours} of ours to watch`,
      "pt-BR": `Mapa competitivo: ${theirs} concorrente${theirs === 1 ? "" : "s"} deles, ${tools} ferramenta${tools === 1 ? "" : "s"} sobreposta${tools === 1 ? "" : "s"}, ${ours} dos nossos a observar`,
    });
  },
});
