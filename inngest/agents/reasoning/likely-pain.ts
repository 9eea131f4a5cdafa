import type { ReasoningContext } from "./define-reasoning-agent";
import type { EvidenceItem } from "./evidence";
import { related } from "./fallback-helpers";
import { fold } from "./fold";
import { isWritten } from "./is-written";

/**
 * Our first pain point that a found fact points to, or failing that, one the pain-point analysis
 * names. The analysis is searched for the pain point's words case-insensitively; `ignoreAccents`
 * also lets "gestao" in the analysis name "gestão".
 */
export function likelyPain(ctx: ReasoningContext, { ignoreAccents = false } = {}): { item: EvidenceItem; support: EvidenceItem } | undefined {
  const { evidence } = ctx;
  // Found facts only: a line another reasoning agent wrote is not evidence of a pain.
  const found = evidence.items.filter((item) => item.about === "lead" && !item.key.startsWith("score.") && !isWritten(item.agent, ctx.input));
  const pains = evidence.all("offer.pain_point");
  const direct = pains.flatMap((item) => related(item.text, found).slice(0, 1).map((support) => ({ item, support })))[0];
  const analysis = evidence.find("pain.points");
  const norm = ignoreAccents ? fold : (text: string) => text.toLowerCase();
  const named = analysis && pains.find((item) => norm(analysis.text).includes(norm(item.text)));
  return direct ?? (analysis && named ? { item: named, support: analysis } : undefined);
}
