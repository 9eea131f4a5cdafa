import type { ReasoningContext } from "./define-reasoning-agent";
import { asList, asRecord, asText } from "./fact-value";

/** "hiring for 3 roles (Dispatcher, Driver)" from a `signal.hiring` value. */
export function hiringHeadline(value: unknown, t: ReasoningContext["t"]): string | undefined {
  const hiring = asRecord(value);
  const titles = asList(hiring?.roles).flatMap((role) => asText(asRecord(role)?.title) ?? []);
  const count = typeof hiring?.count === "number" ? hiring.count : titles.length;
  if (!count) return undefined;
  const which = titles.length ? ` (${titles.slice(0, 2).join(", ")})` : "";
  return t({ en: `hiring for ${count} role${count === 1 ? "" : "s"}${which}`, "pt-BR": `contratando para ${count} vaga${count === 1 ? "" : "s"}${which}` });
}

/** "200–500 employees" (or the size's own label) from a `company.size` value. */
export function sizeHeadline(value: unknown, t: ReasoningContext["t"]): string | undefined {
  const size = asRecord(value);
  const [min, max] = [size?.min, size?.max].map((n) => (typeof n === "number" ? n : undefined));
  const count = min !== undefined && max !== undefined && min !== max ? `${min}–${max}` : (min ?? max)?.toString();
  return count ? t({ en: `${count} employees`, "pt-BR": `${count} funcionários` }) : asText(size?.label);
}
