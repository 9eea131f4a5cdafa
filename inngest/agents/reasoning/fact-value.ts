import type { AgentInput } from "../agent";

// Earlier agents' values are read defensively: any of them may be absent or shaped differently.

/** The value of the lead's first fact with `key`, as stored (unknown shape). */
export const factValue = (input: AgentInput, key: string): unknown => input.facts.find((fact) => fact.key === key)?.value;
export const asRecord = (v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
export const asText = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);
export const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
