import { z } from "zod";
import { citedLine, groundLine, groundLines, type CitedLine, type Citation, type GroundedLine } from "./reasoning/cited-line";
import { defineReasoningAgent, type ReasoningContext } from "./reasoning/define-reasoning-agent";
import type { Evidence, EvidenceItem } from "./reasoning/evidence";
import { factValue } from "./reasoning/fact-value";
import { cite, truncate } from "./reasoning/fallback-helpers";
import { fold } from "./reasoning/fold";
import { isWritten } from "./reasoning/is-written";
import { likelyPain } from "./reasoning/likely-pain";

const personaOutput = z.object({
  person: z.object({ name: z.string().max(120).nullable(), role: z.string().min(1).max(200), factIds: z.array(z.string()).max(12) }),
  goals: z.array(citedLine).max(6),
  concerns: z.array(citedLine).max(6),
});
type PersonaOutput = z.infer<typeof personaOutput>;

/** `name` is null when no one fitting is named in the evidence: `role` is then the role to look for, never a guess at a person. */
export type DecisionMaker = { name: string | null; role: string; cites: Citation[] };
export type PersonaLine = GroundedLine & { kind: "person" | "goal" | "concern" };
/** Stored as `persona.decision_maker`: the person (or role) first, then likely goals and concerns. */
export type Persona = { person: DecisionMaker | null; items: PersonaLine[] };

type Localized = { en: string; "pt-BR": string };
type BuyerFunction = { id: string; stems: string[]; label: Localized; role: Localized };

// Word stems (EN and PT) naming who buys: a stem under 4 letters must match a whole word.
const buyerFunctions: BuyerFunction[] = [
  { id: "operations", stems: ["operat", "operac", "ops", "coo", "logist", "fleet", "frota", "supply", "suprimento", "warehous", "armaz", "route", "rota", "roteir", "deliver", "entrega", "transport"], label: { en: "operations", "pt-BR": "operações" }, role: { en: "Head of Operations or Logistics (COO, operations director)", "pt-BR": "Diretor(a) de Operações ou Logística" } },
  { id: "sales", stems: ["sales", "venda", "comercial", "commercial", "revenue", "receita", "cro"], label: { en: "sales", "pt-BR": "vendas" }, role: { en: "Head of Sales", "pt-BR": "Diretor(a) Comercial" } },
  { id: "marketing", stems: ["marketing", "cmo", "brand", "marca"], label: { en: "marketing", "pt-BR": "marketing" }, role: { en: "Head of Marketing", "pt-BR": "Diretor(a) de Marketing" } },
  { id: "finance", stems: ["financ", "cfo", "accounting", "contab", "fiscal", "treasur", "tesour", "controller"], label: { en: "finance", "pt-BR": "finanças" }, role: { en: "Head of Finance (CFO)", "pt-BR": "Diretor(a) Financeiro(a)" } },
  { id: "technology", stems: ["technolog", "tecnolog", "cto", "cio", "engineer", "engenhar", "developer", "desenvolv", "security", "seguranc"], label: { en: "technology", "pt-BR": "tecnologia" }, role: { en: "Head of Technology (CTO)", "pt-BR": "Diretor(a) de Tecnologia" } },
  { id: "people", stems: ["human", "hr", "rh", "chro", "recruit", "recrut", "talent", "talento"], label: { en: "people", "pt-BR": "pessoas" }, role: { en: "Head of People (HR)", "pt-BR": "Diretor(a) de Pessoas (RH)" } },
  { id: "support", stems: ["support", "suporte", "atendimento", "helpdesk", "success", "sucesso"], label: { en: "customer support", "pt-BR": "atendimento" }, role: { en: "Head of Customer Support", "pt-BR": "Gerente de Atendimento" } },
];

const words = (text: string) => fold(text).split(/[^a-z0-9]+/).filter(Boolean);
const hits = (text: string, fn: BuyerFunction) => words(text).filter((w) => fn.stems.some((s) => (s.length < 4 ? w === s : w.startsWith(s)))).length;

/** The buyer function our offer speaks to most (by its own words), with the offer items that say so. */
function offerFunction(evidence: Evidence): (BuyerFunction & { basis: EvidenceItem[] }) | null {
  const offer = evidence.items.filter((item) => ["offer.business", "offer.product", "offer.value_proposition", "offer.pain_point"].includes(item.key));
  const scored = buyerFunctions.map((fn) => ({ fn, count: offer.reduce((sum, item) => sum + hits(item.text, fn), 0) }));
  const best = scored.reduce((a, b) => (b.count > a.count ? b : a));
  if (best.count === 0) return null;
  const basis = offer.filter((item) => hits(item.text, best.fn) > 0).sort((a, b) => hits(b.text, best.fn) - hits(a.text, best.fn));
  return { ...best.fn, basis };
}

function seniority(role: string): number {
  const w = words(role);
  if (w.some((x) => ["chief", "coo", "cto", "cfo", "cmo", "cro", "cio", "chro"].includes(x))) return 4;
  if (w.some((x) => ["vp", "svp", "evp", "vice", "director", "diretor", "diretora", "head", "superintendente"].includes(x))) return 3;
  if (w.some((x) => ["manager", "gerente", "lead", "coordenador", "coordenadora", "coordinator", "supervisor", "supervisora"].includes(x))) return 2;
  return 0;
}

function isTopExecutive(role: string): boolean {
  const w = words(role);
  if (w.includes("vice")) return false;
  const titles = ["ceo", "founder", "cofounder", "fundador", "fundadora", "cofundador", "cofundadora", "owner", "proprietario", "proprietaria", "socio", "socia", "presidente", "president"];
  return w.some((x) => titles.includes(x)) || /managing director|diretora? (geral|presidente)|general manager/.test(w.join(" "));
}

type Person = { name: string; role: string };

/** A leader (manager or above) of the function we sell to comes first, the top executive next; anyone else is not a decision maker for us. */
function decisionMakerScore(role: string, wanted: BuyerFunction | null): number {
  if (wanted && hits(role, wanted) > 0 && seniority(role) >= 2) return 10 + seniority(role);
  return isTopExecutive(role) ? 5 : 0;
}

function peopleOf(ctx: ReasoningContext): Person[] {
  const value = factValue(ctx.input, "contact.people");
  return Array.isArray(value) ? value.filter((p): p is Person => typeof p?.name === "string" && typeof p?.role === "string") : [];
}

/**
 * A name is kept only when a found fact names it as a whole (never another model's writing, where
 * a name may itself be a model's guess, nor the company itself), and the person then cites that
 * fact; an invented name becomes null.
 */
function groundPerson(raw: PersonaOutput["person"], ctx: ReasoningContext): { person: DecisionMaker | null; nameDropped: boolean } {
  const cites = groundLine({ text: raw.role, factIds: raw.factIds }, ctx.evidence)?.cites ?? [];
  const name = raw.name?.replace(/\s+/g, " ").trim() || null;
  const pattern = name && name.length >= 3 && fold(name) !== fold(ctx.company) ? new RegExp(`(^|[^a-z0-9])${fold(name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^a-z0-9])`) : null;
  const source = pattern ? ctx.evidence.items.find((item) => item.about === "lead" && !isWritten(item.agent, ctx.input) && pattern.test(fold(item.text))) : undefined;
  if (source && !cites.some((c) => c.key === source.key && c.agent === source.agent)) cites.unshift({ key: source.key, agent: source.agent, sourceUrl: source.sourceUrl });
  const kept = source ? name : null;
  return { person: cites.length ? { name: kept, role: raw.role.trim(), cites } : null, nameDropped: name !== null && kept === null };
}

function personLine(person: DecisionMaker, ctx: ReasoningContext): PersonaLine {
  const { t } = ctx;
  const wanted = offerFunction(ctx.evidence);
  const stopGap = person.name !== null && wanted !== null && hits(person.role, wanted) === 0 && isTopExecutive(person.role);
  const note = stopGap ? t({ en: ` (no ${wanted.label.en} leader is named on the site)`, "pt-BR": ` (nenhum(a) líder de ${wanted.label["pt-BR"]} aparece no site)` }) : "";
  const text = person.name
    ? t({ en: `Decision maker: ${person.name}, ${person.role}${note}`, "pt-BR": `Decisor(a): ${person.name}, ${person.role}${note}` })
    : t({ en: `Role to look for (no named person found): ${person.role}`, "pt-BR": `Cargo a procurar (nenhuma pessoa identificada): ${person.role}` });
  return { kind: "person", text, cites: person.cites };
}

function fallbackPerson(ctx: ReasoningContext): PersonaOutput["person"] {
  const { evidence, t } = ctx;
  const peopleItem = evidence.find("contact.people");
  const wanted = offerFunction(evidence);
  const ranked = peopleOf(ctx).map((p) => ({ ...p, score: decisionMakerScore(p.role, wanted) })).filter((p) => p.score > 0);
  const best = ranked.reduce<(typeof ranked)[number] | undefined>((a, b) => (!a || b.score > a.score ? b : a), undefined);
  if (best && peopleItem) return { name: best.name, role: best.role, factIds: [peopleItem.id] };
  if (wanted) return { name: null, role: t(wanted.role), factIds: wanted.basis.slice(0, 2).map((item) => item.id) };
  const context = evidence.find("company.size") ?? evidence.find("company.description");
  return { name: null, role: t({ en: "CEO or founder", "pt-BR": "CEO ou sócio(a)-fundador(a)" }), factIds: context ? [context.id] : [] };
}

function fallbackLines(ctx: ReasoningContext, person: PersonaOutput["person"]): { goals: CitedLine[]; concerns: CitedLine[] } {
  const { evidence, t } = ctx;
  const growth = evidence.find("signal.expansion") ?? evidence.find("signal.funding") ?? evidence.find("signal.hiring");
  const value = evidence.find("offer.value_proposition");
  const context = evidence.find("company.industry") ?? evidence.find("company.description");
  const peopleItem = person.name ? evidence.find("contact.people") : undefined;
  const goals: CitedLine[] = [];
  if (growth) goals.push(cite(t({ en: `Likely goal: make the growth land well (${truncate(growth.text, 140)})`, "pt-BR": `Objetivo provável: fazer o crescimento dar certo (${truncate(growth.text, 140)})` }), growth));
  if (value && peopleItem) goals.push(cite(t({ en: `As ${person.role}, likely measured on what we promise: ${value.text}`, "pt-BR": `Como ${person.role}, provavelmente é cobrado(a) pelo que prometemos: ${value.text}` }), peopleItem, value));
  else if (value && context) goals.push(cite(t({ en: `Likely goal, given what they do (${truncate(context.text, 100)}): ${value.text}`, "pt-BR": `Objetivo provável, pelo que fazem (${truncate(context.text, 100)}): ${value.text}` }), context, value));

  const concerns: CitedLine[] = [];
  const pain = likelyPain(ctx, { ignoreAccents: true });
  if (pain) {
    const basis = pain.support.key === "pain.points" ? t({ en: "from the pain-point analysis", "pt-BR": "segundo a análise de dores" }) : t({ en: `suggested by: ${truncate(pain.support.text, 100)}`, "pt-BR": `indicado por: ${truncate(pain.support.text, 100)}` });
    concerns.push(cite(t({ en: `Likely concern: "${pain.item.text}" (${basis})`, "pt-BR": `Preocupação provável: "${pain.item.text}" (${basis})` }), pain.item, pain.support));
  }
  const advantage = evidence.find("offer.advantage");
  if (growth && advantage) concerns.push(cite(t({ en: `Likely concern: the risk of changing how the team works while growing; our answer: ${advantage.text}`, "pt-BR": `Preocupação provável: o risco de mudar a forma de trabalhar em pleno crescimento; nossa resposta: ${advantage.text}` }), growth, advantage));
  return { goals, concerns: concerns.slice(0, Math.max(1, 3 - goals.length)) };
}

const MAX_EACH = 2;

/**
 * Who to approach: the named leader of the function our offer serves (operations for a routing
 * product), the top executive when no such leader is named, or else the role to look for, marked
 * as a role. Then that person's likely goals and concerns, each citing the facts it rests on.
 */
export const personaBuilder = defineReasoningAgent<PersonaOutput>({
  name: "persona-builder",
  label: "Persona builder",
  factKey: "persona.decision_maker",
  role: "a B2B sales researcher who finds the right person to approach",
  schema: personaOutput,
  task: () =>
    [
      "Choose the decision maker to approach for our offer. If contact.people names someone whose role owns the problem we solve (failing that, the top executive), give their exact name and role and cite contact.people.",
      "If no one fitting is named, set name to null and give the role to look for; never invent a name.",
      "Then write up to 2 likely goals and up to 2 likely concerns of that person, each citing the prospect facts and offer items it rests on.",
    ].join(" "),
  ground(raw, ctx) {
    const { person, nameDropped } = groundPerson(raw.person, ctx);
    const goals = groundLines(raw.goals, ctx.evidence);
    const concerns = groundLines(raw.concerns, ctx.evidence);
    const items: PersonaLine[] = [
      ...(person ? [personLine(person, ctx)] : []),
      ...goals.lines.slice(0, MAX_EACH).map((line) => ({ kind: "goal" as const, ...line })),
      ...concerns.lines.slice(0, MAX_EACH).map((line) => ({ kind: "concern" as const, ...line })),
    ];
    const value: Persona = { person, items };
    return { value, lines: items, dropped: goals.dropped + concerns.dropped + (person ? 0 : 1) + (nameDropped ? 1 : 0) };
  },
  fallback(ctx) {
    const person = fallbackPerson(ctx);
    return { person, ...fallbackLines(ctx, person) };
  },
  summary(grounded, { t }) {
    const person = (grounded.value as Persona).person;
    if (!person) return t({ en: "No decision maker identified", "pt-BR": "Nenhum decisor identificado" });
    return person.name
      ? t({ en: `Approach ${person.name} (${person.role})`, "pt-BR": `Abordar ${person.name} (${person.role})` })
      : t({ en: `No named decision maker; look for: ${person.role}`, "pt-BR": `Nenhum decisor nomeado; procurar: ${person.role}` });
  },
});
