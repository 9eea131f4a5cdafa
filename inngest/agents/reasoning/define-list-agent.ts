import { z } from "zod";
import type { Agent } from "../agent";
import { citedLine, citesLead, groundLines, type CitedLine } from "./cited-line";
import { defineReasoningAgent, type ReasoningContext } from "./define-reasoning-agent";

export type ListAgentSpec = {
  name: string;
  label: string;
  factKey: string;
  role: string;
  /** Most lines kept (the schema allows this many). */
  maxItems: number;
  /** Drops a line resting only on our own offer (a generic pitch), as one that cites nothing is. */
  requireLead?: boolean;
  task(ctx: ReasoningContext): string;
  fallback(ctx: ReasoningContext): CitedLine[];
  summary(count: number, ctx: ReasoningContext): string;
};

const listOutput = (maxItems: number) => z.object({ items: z.array(citedLine).max(maxItems * 2) });

/** The common reasoning agent: a short list of cited lines, stored as `{ items }`. */
export function defineListAgent(spec: ListAgentSpec): Agent {
  return defineReasoningAgent({
    ...spec,
    schema: listOutput(spec.maxItems),
    ground(raw, ctx) {
      const grounded = groundLines(raw.items, ctx.evidence).lines;
      const lines = spec.requireLead ? grounded.filter(citesLead) : grounded;
      const kept = lines.slice(0, spec.maxItems);
      return { value: { items: kept }, lines: kept, dropped: raw.items.length - lines.length };
    },
    fallback: (ctx) => ({ items: spec.fallback(ctx) }),
    summary: (grounded, ctx) => spec.summary(grounded.lines.length, ctx),
  });
}
