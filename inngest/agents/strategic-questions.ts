import type { CitedLine } from "./reasoning/cited-line";
import { defineListAgent } from "./reasoning/define-list-agent";
import type { ReasoningContext } from "./reasoning/define-reasoning-agent";
import { factValue } from "./reasoning/fact-value";
import { cite, truncate } from "./reasoning/fallback-helpers";
import { likelyPain } from "./reasoning/likely-pain";
import { optionsTheyWeigh } from "./reasoning/options-they-weigh";

const MAX_ITEMS = 5;

/** The first entry of a list fact's text, without its date: "Opening our St. Louis cross-dock". */
const firstEntry = (text: string) => (text.split(" · ")[0] ?? text).replace(/\s*\(\d{4}-\d{2}-\d{2}\)$/, "");

function fallbackItems(ctx: ReasoningContext): CitedLine[] {
  const { evidence, t, company } = ctx;
  const lines: CitedLine[] = [];
  const pain = likelyPain(ctx);
  if (pain) lines.push(cite(t({ en: `How is "${pain.item.text}" handled at ${company} today, and what does it cost you?`, "pt-BR": `Como a ${company} lida hoje com "${pain.item.text}", e quanto isso custa?` }), pain.item, pain.support));

  const expansion = evidence.find("signal.expansion");
  const funding = evidence.find("signal.funding");
  if (expansion) lines.push(cite(t({ en: `What has to be in place for "${firstEntry(expansion.text)}" to work, and who owns it?`, "pt-BR": `O que precisa estar pronto para "${firstEntry(expansion.text)}" dar certo, e quem é o responsável?` }), expansion));
  else if (funding) lines.push(cite(t({ en: `Where will the new funding (${funding.text}) go first, and how will you measure it?`, "pt-BR": `Onde o novo investimento (${funding.text}) será aplicado primeiro, e como vão medir o resultado?` }), funding));

  const hiring = evidence.find("signal.hiring");
  if (hiring) lines.push(cite(t({ en: `You are hiring (${truncate(hiring.text, 120)}): how will new people learn the way you work today?`, "pt-BR": `Vocês estão contratando (${truncate(hiring.text, 120)}): como as novas pessoas vão aprender a forma de trabalhar de hoje?` }), hiring));

  const persona = (factValue(ctx.input, "persona.decision_maker") as { person?: { name: string | null; role: string } | null } | undefined)?.person;
  const personaItem = evidence.find("persona.decision_maker");
  if (persona && personaItem) {
    const who = persona.name ? { en: persona.name, "pt-BR": persona.name } : { en: `the ${persona.role}`, "pt-BR": `quem ocupa o cargo de ${persona.role}` };
    lines.push(cite(t({ en: `Besides ${who.en}, who else would weigh in on choosing a solution like this?`, "pt-BR": `Além de ${who["pt-BR"]}, quem mais participaria da escolha de uma solução como esta?` }), personaItem));
  }

  const options = optionsTheyWeigh(ctx.input);
  const mapItem = evidence.find("competitor.map");
  if (options.length && mapItem) lines.push(cite(t({ en: `Have you looked at other options for this, such as ${options.join(", ")}? What did you like or miss?`, "pt-BR": `Já avaliaram outras opções para isso, como ${options.join(", ")}? O que agradou ou faltou?` }), mapItem));

  const size = evidence.find("company.size");
  if (size) lines.push(cite(t({ en: `At ${size.text}, how does ${company} usually decide on and roll out a new tool?`, "pt-BR": `Com ${size.text}, como a ${company} costuma decidir e implantar uma nova ferramenta?` }), size));
  return lines.slice(0, MAX_ITEMS);
}

/**
 * 3–5 discovery questions for the first call, each resting on a fact about the prospect (a
 * likely pain, a growth signal, the decision maker, the options they may weigh): a question
 * that only restates our offer is dropped.
 */
export const strategicQuestions = defineListAgent({
  name: "strategic-questions",
  label: "Strategic questions",
  factKey: "question.strategic",
  role: "a senior account executive preparing a discovery call",
  maxItems: MAX_ITEMS,
  requireLead: true,
  task: () =>
    "Write 3 to 5 open discovery questions for the first call with this prospect. Each question starts from something specific we found about them (F ids: a likely pain point, a growth signal, the decision maker, the tools or competitors around them), may connect it to our offer (O ids), and cites what it rests on. A question citing only our offer is discarded.",
  fallback: fallbackItems,
  summary: (n, { t }) => t({ en: `${n} discovery question${n === 1 ? "" : "s"} for the first call`, "pt-BR": `${n} pergunta${n === 1 ? "" : "s"} de descoberta para a primeira conversa` }),
});
