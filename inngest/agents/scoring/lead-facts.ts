import type { AgentInput } from "../agent";

export type LeadFact = AgentInput["facts"][number];

/**
 * The facts a lead has, by key. Two agents may state the same key (the profiler and web
 * research); the most confident statement wins.
 */
export class LeadFacts {
  private readonly byKey = new Map<string, LeadFact>();

  constructor(facts: LeadFact[]) {
    for (const fact of facts) {
      const current = this.byKey.get(fact.key);
      if (!current || fact.confidence > current.confidence) this.byKey.set(fact.key, fact);
    }
  }

  get(key: string): LeadFact | undefined {
    return this.byKey.get(key);
  }

  /** The value when it is a non-empty string. */
  text(key: string): string | null {
    const value = this.byKey.get(key)?.value;
    return typeof value === "string" && value.trim() ? value.trim() : null;
  }

  /** The value when it is an array (items are checked by the caller). */
  list(key: string): unknown[] {
    const value = this.byKey.get(key)?.value;
    return Array.isArray(value) ? value : [];
  }

  record(key: string): Record<string, unknown> | null {
    const value = this.byKey.get(key)?.value;
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  }
}

export const str = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value.trim() : null);
export const num = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);
