import { factValueText } from "@/components/leads/fact-value";
import { groundedTexts } from "@/components/leads/grounded-lines";
import type { AgentInput, AgentWorkspace } from "../agent";

/** One numbered line of evidence a reasoning agent may cite: a fact about the lead, or one about our own offer. */
export type EvidenceItem = {
  /** "F3" for the lead's facts, "O2" for our offer; valid for one call only. */
  id: string;
  /** The fact key ("signal.hiring"), or "offer.*" for our own offer. */
  key: string;
  agent: string;
  text: string;
  sourceUrl: string | null;
  about: "lead" | "offer";
};

export type Evidence = {
  items: EvidenceItem[];
  byId: Map<string, EvidenceItem>;
  /** The first item with this key, for fallbacks that cite what they use. */
  find(key: string): EvidenceItem | undefined;
  /** Items whose key starts with `prefix` ("signal."). */
  all(prefix: string): EvidenceItem[];
};

// Bookkeeping, not evidence: the model has nothing to say about which URLs we read.
const skipped = new Set(["site.pages", "site.robots", "stage.route"]);
const MAX_TEXT = 400;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT - 1)}…` : flat;
}

function describe(key: string, value: unknown): string {
  if (key === "score.fit" && value && typeof value === "object") {
    const fit = value as { score?: number; tier?: string; breakdown?: { label?: string; points?: number; weight?: number }[] };
    const parts = (fit.breakdown ?? []).map((b) => `${b.label} ${b.points}/${b.weight}`).join(", ");
    return `fit ${fit.score}/100 (${fit.tier})${parts ? `: ${parts}` : ""}`;
  }
  if ((key === "research.similar_companies" || key === "tech.stack") && Array.isArray(value)) {
    return value.map((item: { name?: string; domain?: string; category?: string }) => `${item.name}${item.domain ? ` (${item.domain})` : item.category ? ` (${item.category})` : ""}`).join(" · ");
  }
  // Another reasoning agent's output: its headline and lines, without the citation bookkeeping.
  const lines = groundedTexts(value);
  if (lines) return lines.join(" | ");
  return factValueText(value);
}

function offerItems(workspace: AgentWorkspace): Omit<EvidenceItem, "id">[] {
  const c = workspace.context;
  const item = (key: string, text: string | null | undefined) => (text?.trim() ? [{ key, agent: "business-context", text: clip(text), sourceUrl: null, about: "offer" as const }] : []);
  return [
    ...item("offer.business", c.businessDescription),
    ...item("offer.product", c.productService),
    ...item("offer.value_proposition", c.valueProposition),
    ...item("offer.ideal_customer", c.idealCustomer),
    ...c.painPoints.flatMap((pain) => item("offer.pain_point", pain)),
    ...item("offer.advantage", c.competitiveAdvantage),
    ...item("offer.competitors", c.competitors.join(", ")),
  ];
}

/** Numbers the lead's facts (F1…) and our offer (O1…) so a model can cite them and we can check it did. */
export function buildEvidence(facts: AgentInput["facts"], workspace: AgentWorkspace): Evidence {
  const lead = facts
    .filter((fact) => !skipped.has(fact.key))
    .map((fact, i) => ({ id: `F${i + 1}`, key: fact.key, agent: fact.agent, text: clip(describe(fact.key, fact.value)), sourceUrl: fact.sourceUrl, about: "lead" as const }));
  const offer = offerItems(workspace).map((item, i) => ({ ...item, id: `O${i + 1}` }));
  const items = [...lead, ...offer];
  const byId = new Map(items.map((item) => [item.id, item]));
  return {
    items,
    byId,
    find: (key) => items.find((item) => item.key === key),
    all: (prefix) => items.filter((item) => item.key.startsWith(prefix)),
  };
}

/** The evidence as the model reads it: one line per item, id first. */
export function renderEvidence(evidence: Evidence): string {
  const line = (item: EvidenceItem) => `${item.id} [${item.key}] ${item.text}${item.sourceUrl ? ` (source: ${item.sourceUrl})` : ""}`;
  const lead = evidence.items.filter((item) => item.about === "lead").map(line);
  const offer = evidence.items.filter((item) => item.about === "offer").map(line);
  return [`Facts found about the prospect:`, ...(lead.length ? lead : ["(none)"]), ``, `About our own offer:`, ...(offer.length ? offer : ["(none)"])].join("\n");
}
