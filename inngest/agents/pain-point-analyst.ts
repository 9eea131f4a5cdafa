import { cite, clip, related } from "./reasoning/fallback-helpers";
import { defineListAgent } from "./reasoning/define-list-agent";

/**
 * The problems this company likely has that our offer solves, each resting on what was found
 * (its industry, hiring, expansion) and on the pain points the workspace says it solves.
 */
export const painPointAnalyst = defineListAgent({
  name: "pain-point-analyst",
  label: "Pain-point analyst",
  factKey: "pain.points",
  role: "a B2B sales researcher who finds a prospect's likely problems",
  maxItems: 4,
  task: () =>
    "List up to 4 problems this prospect most likely has that our offer solves. Each line names the problem and the evidence that suggests it (e.g. their hiring, expansion, industry, stack), and cites both the prospect facts and the offer items it connects.",
  fallback(ctx) {
    const { evidence, t } = ctx;
    const leadItems = evidence.items.filter((item) => item.about === "lead" && !item.key.startsWith("score."));
    const context = evidence.find("company.industry") ?? evidence.find("company.description");
    const quoted = new Set<string>();
    const lines = evidence.all("offer.pain_point").flatMap((pain) => {
      const support = related(pain.text, leadItems)[0] ?? context;
      if (!support) return [];
      // Quote a piece of evidence once; later lines resting on it just cite it.
      if (quoted.has(support.id)) {
        return [cite(t({ en: `Likely faces "${pain.text}" as well, for the same reason`, "pt-BR": `Provavelmente enfrenta "${pain.text}" também, pelo mesmo motivo` }), pain, support)];
      }
      quoted.add(support.id);
      const evidenceText = clip(support.text, 140);
      return [cite(t({ en: `Likely faces "${pain.text}", given: ${evidenceText}`, "pt-BR": `Provavelmente enfrenta "${pain.text}", dado que: ${evidenceText}` }), pain, support)];
    });
    const hiring = evidence.find("signal.hiring");
    if (hiring) lines.push(cite(t({ en: `Growing the team (${hiring.text}) adds people to coordinate and onboard`, "pt-BR": `A equipe está crescendo (${hiring.text}), o que aumenta a coordenação e o treinamento` }), hiring));
    const expansion = evidence.find("signal.expansion");
    if (expansion) lines.push(cite(t({ en: `Expansion (${expansion.text}) stretches the processes that work today`, "pt-BR": `A expansão (${expansion.text}) pressiona os processos atuais` }), expansion));
    return lines.slice(0, 4);
  },
  summary: (count, { t }) => t({ en: `${count} likely pain point${count === 1 ? "" : "s"}`, "pt-BR": `${count} dor${count === 1 ? "" : "es"} provável${count === 1 ? "" : "is"}` }),
});
