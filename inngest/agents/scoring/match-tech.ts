import type { BusinessContextInput } from "@/server/api/schemas/business-context";
import { type CriterionMatch, criterionMatch } from "./criterion-match";
import { escapeRegExp, findTerm } from "./fold-text";
import { type LeadFacts, str } from "./lead-facts";

export const UNKNOWN_TECH_MATCH = 0.3;

// Tools a business adopts to sell, serve and measure: having them says it buys software.
const businessCategories = new Set(["Commerce", "Marketing automation", "Payments", "Chat & support", "Analytics", "JavaScript framework", "Scheduling", "Tag manager", "Advertising"]);
const dated = new Set(["Google Analytics (Universal)"]);
// How an offer names a category when it names no product ("for e-commerce stores").
const categoryWords: Record<string, string[]> = {
  Commerce: ["e-commerce", "ecommerce", "online store", "online stores", "loja virtual", "lojas virtuais", "comercio eletronico"],
  "Marketing automation": ["marketing automation", "automacao de marketing", "crm"],
  Payments: ["payments", "pagamentos", "checkout"],
  "Chat & support": ["customer support", "help desk", "helpdesk", "atendimento ao cliente"],
};

type Tech = { name: string; category: string };

// Case kept: many product names are also words ("Segment", "Drift", "Express"), and the offer
// names a product the way the vendor spells it.
const namesProduct = (text: string, name: string) => new RegExp(`(^|[^A-Za-z0-9])${escapeRegExp(name)}($|[^A-Za-z0-9])`).test(text);

/**
 * The detected stack against the offer: a technology the ICP names (a product it plugs into, a
 * competitor it replaces, a category it serves) is full credit; otherwise modern business tools
 * (commerce, marketing automation, analytics...) show a company that buys software.
 */
export function matchTech(facts: LeadFacts, context: BusinessContextInput): CriterionMatch {
  const stack = facts.list("tech.stack").map((item) => item as Record<string, unknown>)
    .map((item) => ({ name: str(item.name), category: str(item.category) ?? "" }))
    .filter((item): item is Tech => item.name !== null);
  if (stack.length === 0) {
    return criterionMatch(UNKNOWN_TECH_MATCH, { en: "No technologies detected; partial credit", "pt-BR": "Nenhuma tecnologia detectada; crédito parcial" }, [], false);
  }
  const offer = [context.businessDescription, context.productService, context.valueProposition, context.idealCustomer, context.targetMarket, context.competitiveAdvantage, ...context.painPoints].join("\n");
  const competitor = stack.find((tech) => context.competitors.some((name) => namesProduct(name, tech.name)));
  if (competitor) {
    return criterionMatch(1, { en: `Uses ${competitor.name}, a competitor you replace`, "pt-BR": `Usa ${competitor.name}, um concorrente que você substitui` }, ["tech.stack"]);
  }
  const named = stack.find((tech) => namesProduct(offer, tech.name) || (categoryWords[tech.category] ?? []).some((word) => findTerm(offer, word)));
  if (named) {
    return criterionMatch(1, { en: `Uses ${named.name} (${named.category}), which your offer works with`, "pt-BR": `Usa ${named.name} (${named.category}), com que sua oferta trabalha` }, ["tech.stack"]);
  }
  const modern = stack.filter((tech) => businessCategories.has(tech.category) && !dated.has(tech.name));
  const categories = new Set(modern.map((tech) => tech.category)).size;
  const names = (list: Tech[]) => list.slice(0, 4).map((tech) => tech.name).join(", ");
  if (categories === 0) {
    return criterionMatch(0.2, { en: `Only basic or dated web technology (${names(stack)})`, "pt-BR": `Apenas tecnologia web básica ou antiga (${names(stack)})` }, ["tech.stack"]);
  }
  const match = categories >= 3 ? 0.8 : categories === 2 ? 0.65 : 0.5;
  return criterionMatch(match, { en: `Modern business tools in use: ${names(modern)}`, "pt-BR": `Usa ferramentas modernas de negócio: ${names(modern)}` }, ["tech.stack"]);
}
