import type { AgentInput } from "../agent";
import { factValue } from "./fact-value";

/** The names on the competitor map they may weigh us against: tools they use and our competitors, not their own rivals. */
export function optionsTheyWeigh(input: AgentInput): string[] {
  const map = factValue(input, "competitor.map") as { items?: { name: string; relation: string }[] } | undefined;
  return (map?.items ?? []).filter((item) => item.relation !== "their_competitor").map((item) => item.name);
}
