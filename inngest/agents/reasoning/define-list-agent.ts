import { z } from "zod";
import type { Agent } from "../agent";
import { citedLine, groundLines, type CitedLine } from "./cited-line";
import { defineReasoningAgent, type ReasoningContext } from "./define-reasoning-agent";

export type ListAgentSpec = {
  name: string;
  label: string;
  factKey: string;
  role: string;
  /** Most lines kept (the schema allows this many). */
  maxItems: number;
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
      const { lines, dropped } = groundLines(raw.items, ctx.evidence);
      const kept = lines.slice(0, spec.maxItems);
      return { value: { items: kept }, lines: kept, dropped };
    },
    fallback: (ctx) => ({ items: spec.fallback(ctx) }),
    summary: (grounded, ctx) => spec.summary(grounded.lines.length, ctx),
  });
}
