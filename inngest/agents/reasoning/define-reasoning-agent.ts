import type { z } from "zod";
import { classifyLlmError } from "@/server/llm/classify-llm-error";
import { generateStructured } from "@/server/llm/generate-structured";
import type { ReasoningModel } from "@/server/llm/reasoning-model";
import { AgentFailure, type Agent, type AgentInput, type AgentOutput, type AgentUsage, type AgentWorkspace } from "../agent";
import type { GroundedLine } from "./cited-line";
import { buildEvidence, renderEvidence, type Evidence } from "./evidence";
import { factValue } from "./fact-value";
import { languageNames, localized } from "./localized";
import { workspaceOf } from "./workspace-defaults";

/** What a reasoning agent's task, fallback and summary are given. */
export type ReasoningContext = {
  input: AgentInput;
  evidence: Evidence;
  workspace: AgentWorkspace;
  /** The company's name as found (or its domain). */
  company: string;
  /** Localised text for the workspace's language. */
  t: (text: { en: string; "pt-BR": string }) => string;
};

/** The grounded result a spec makes of a model's (or its fallback's) raw answer. */
export type Grounded = { value: unknown; lines: GroundedLine[]; dropped: number };

export type ReasoningSpec<T> = {
  name: string;
  label: string;
  /** The fact this agent writes ("pain.points"). */
  factKey: string;
  /** Who the model plays, one phrase ("a B2B sales researcher"). */
  role: string;
  schema: z.ZodType<T>;
  /** The task in plain English (the model is told separately which language to answer in). */
  task(ctx: ReasoningContext): string;
  /** Drops every line that cites no known evidence; `lines` are those kept. */
  ground(raw: T, ctx: ReasoningContext): Grounded;
  /** The same shape built from the facts alone, citing evidence ids, for when there is no model. */
  fallback(ctx: ReasoningContext): T;
  /** One line for the board about what was written. */
  summary(grounded: Grounded, ctx: ReasoningContext): string;
  /** When the lead gives nothing to reason about: why, said instead of calling the model or the fallback. */
  skip?(ctx: ReasoningContext): { en: string; "pt-BR": string } | undefined;
};

const LLM_CONFIDENCE = 0.7;
const FALLBACK_CONFIDENCE = 0.4;

function systemPrompt(role: string, ctx: ReasoningContext): string {
  return [
    `You are ${role} on a B2B sales team. You work only from the numbered evidence you are given.`,
    `Evidence ids starting with F are facts found about the prospect; ids starting with O describe our own offer.`,
    `Every line you write must list, in factIds, the ids of the evidence it rests on. A line that cites no evidence is discarded.`,
    `Never state anything about the prospect that the evidence does not say: no invented names, numbers, tools, events or dates. If the evidence is thin, write fewer lines.`,
    `Write every text field in ${languageNames[ctx.workspace.language]}.`,
  ].join("\n");
}

function userPrompt(spec: ReasoningSpec<unknown>, ctx: ReasoningContext): string {
  return [`Prospect: ${ctx.company} (${ctx.input.lead.domain})`, ``, renderEvidence(ctx.evidence), ``, `Task: ${spec.task(ctx)}`].join("\n");
}

/** The most cited source among a result's lines: the fact's "source" on the lead page. */
function mainSource(lines: GroundedLine[]): string | null {
  const counts = new Map<string, number>();
  for (const line of lines) for (const cite of line.cites) if (cite.sourceUrl) counts.set(cite.sourceUrl, (counts.get(cite.sourceUrl) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * The model call. Output that breaks the schema gives null (the fallback takes over); a request
 * the provider rejects fails the lead at once with the reason; rate limits and outages that
 * outlast the SDK's retries throw a plain Error so the step is retried.
 */
async function ask<T>(llm: ReasoningModel, spec: ReasoningSpec<T>, ctx: ReasoningContext): Promise<{ value: T; usage: AgentUsage } | null> {
  try {
    return await generateStructured(llm, {
      workspaceId: ctx.input.lead.workspaceId,
      name: spec.factKey.replace(/\W+/g, "_"),
      schema: spec.schema,
      system: systemPrompt(spec.role, ctx),
      prompt: userPrompt(spec as ReasoningSpec<unknown>, ctx),
      signal: ctx.input.signal,
    });
  } catch (error) {
    if (ctx.input.signal?.aborted) throw error;
    const { kind, message } = classifyLlmError(error, llm.id);
    if (kind === "invalid_output") return null;
    if (kind === "rejected") throw new AgentFailure(`The language model could not be used: ${message}`, "llm_rejected");
    throw new Error(`The language model is not answering: ${message}`, { cause: error });
  }
}

export function companyName(input: AgentInput): string {
  const fact = factValue(input, "company.name");
  return (typeof fact === "string" && fact) || input.lead.companyName || input.lead.domain;
}

/**
 * A reasoning agent: with a model, one schema-validated call over numbered evidence, its answer
 * grounded (uncited lines dropped) and stored as method "llm"; without one, or when nothing the
 * model said was grounded, the deterministic fallback, stored as method "fallback" with lower
 * confidence. Either way every stored line names the facts it rests on.
 */
export function defineReasoningAgent<T>(spec: ReasoningSpec<T>): Agent {
  return {
    name: spec.name,
    label: spec.label,
    kind: "reasoning",
    async run(input: AgentInput): Promise<AgentOutput> {
      const workspace = workspaceOf(input);
      const ctx: ReasoningContext = {
        input,
        workspace,
        evidence: buildEvidence(input.facts, workspace),
        company: companyName(input),
        t: (text) => localized(workspace.language, text),
      };
      const skipped = spec.skip?.(ctx);
      if (skipped) return { facts: [], message: ctx.t(skipped) };
      let usage: AgentUsage | undefined;
      let note = "";
      const llm = input.env.llm;
      if (llm) {
        const answer = await ask(llm, spec, ctx);
        usage = answer?.usage;
        const grounded = answer ? spec.ground(answer.value, ctx) : null;
        if (!grounded) {
          note = ctx.t({ en: " (the model's answer did not match the schema, so the fallback was used)", "pt-BR": " (a resposta do modelo não seguiu o formato, então usamos o fallback)" });
        } else if (grounded.lines.length > 0) {
          const dropped = grounded.dropped ? ctx.t({ en: ` (${grounded.dropped} uncited line${grounded.dropped === 1 ? "" : "s"} dropped)`, "pt-BR": ` (${grounded.dropped} linha${grounded.dropped === 1 ? "" : "s"} sem fonte descartada${grounded.dropped === 1 ? "" : "s"})` }) : "";
          return {
            facts: [{ key: spec.factKey, value: grounded.value, method: "llm", sourceUrl: mainSource(grounded.lines), confidence: LLM_CONFIDENCE }],
            message: `${spec.summary(grounded, ctx)}${dropped}`,
            usage,
          };
        } else {
          note = ctx.t({ en: " (the model cited no evidence, so the fallback was used)", "pt-BR": " (o modelo não citou evidências, então usamos o fallback)" });
        }
      }
      const grounded = spec.ground(spec.fallback(ctx), ctx);
      if (grounded.lines.length === 0) {
        return { facts: [], message: ctx.t({ en: "Not enough evidence to write this", "pt-BR": "Evidências insuficientes para escrever isto" }) + note, usage };
      }
      return {
        facts: [{ key: spec.factKey, value: grounded.value, method: "fallback", sourceUrl: mainSource(grounded.lines), confidence: FALLBACK_CONFIDENCE }],
        message: `${spec.summary(grounded, ctx)}${note}`,
        usage,
      };
    },
  };
}
