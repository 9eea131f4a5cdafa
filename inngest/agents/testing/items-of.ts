import type { GroundedLine } from "../reasoning/cited-line";

/** The lines of a stored `{ items }` value. */
export function itemsOf<T = GroundedLine>(value: unknown): T[] {
  return (value as { items: T[] }).items;
}
