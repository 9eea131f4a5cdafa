import { industryKind } from "./industry-kind";
import { refersToCompany } from "./refers-to-company";

// "<Name> is a/an …", "A <Name> é uma …", "<Name> — …"; `who` must be the company itself.
const shapes = [
  /^(?<who>.{2,60}?)\s+is\s+(?:(?:a|an|the)\s+)?(?<what>.+)$/u,
  /^(?:(?:A|O|As|Os)\s+)?(?<who>.{2,60}?)\s+(?:é|são)\s+(?:(?:uma?|a|o)\s+)?(?<what>.+)$/u,
  /^(?<who>[^—–:]{2,60}?)\s*(?:—|–|:|\s-\s)\s*(?:(?:a|an|the|uma?|o)\s+)?(?<what>.+)$/iu,
];
// Where the industry ends and who it serves, where or how begins: "… studio in Portland", "… ERP em nuvem para …".
const phraseEnd = new RegExp(
  [
    "\\s+(?:for|with|that|which|who|whose|in|at|across|from|to|since|by|serving|providing|offering|advising|working|helping|based|headquartered|located|founded|dedicated|committed|trusted|used)\\b",
    "\\s+(?:para|com|que|onde|desde|pelo|pela|atendendo|oferecendo|especializad[ao]s?|focad[ao]s?|sediad[ao]|localizad[ao]|fundad[ao]|criad[ao])(?![\\p{L}])",
    "\\s+(?:em|no|na|nos|nas|de|do|da|dos|das)\\s+(?=\\p{Lu}\\p{Ll})",
    ",\\s+(?=\\p{L}+(?:ed|ing|ado|ada|ido|ida)(?![\\p{L}]))",
    "\\s*[;:(!?—–]|\\s-\\s|\\.(?:\\s|$)",
  ].join("|"),
  "u",
);
const connectors = new Set(["a", "an", "and", "or", "of", "the", "&", "e", "ou", "de", "do", "da", "dos", "das", "em", "no", "na"]);
// Words that rate or place a business without saying what it does.
const vague = new Set([
  "small", "large", "big", "leading", "largest", "biggest", "best", "top", "new", "young", "global", "international",
  "local", "national", "independent", "innovative", "growing", "fast-growing", "modern", "premier", "award-winning",
  "pequena", "pequeno", "grande", "maior", "nova", "novo", "jovem", "nacional", "inovadora", "brasileira",
]);
// "A member of …", "one of the leading …", "uma das maiores …": a relation or a boast, not a line of business.
const relations = new Set([
  "member", "part", "subsidiary", "division", "partner", "affiliate", "leader", "pioneer", "one", "home", "proud",
  "membro", "parte", "subsidiaria", "divisao", "parceira", "parceiro", "lider", "referencia", "pioneira", "uma", "um",
]);

/**
 * The line of business a description's first sentence gives the company, in its words: "Emberlyn
 * is an applicant tracking and onboarding platform for …" → "applicant tracking and onboarding
 * platform"; "A Casa Ipê Amarelo é uma rede de lojas de …" → "rede de lojas de …"; "Agência de
 * marketing digital de Porto Alegre …" → "Agência de marketing digital". Null unless the phrase
 * names a kind of business (platform, insurer, rede, clínica) and says of what.
 */
export function findSelfDescribedIndustry(description: string, domain: string): string | null {
  const sentence = description.replace(/\s+/g, " ").trim().split(/(?<=[.!?])\s/)[0] ?? "";
  const stated = shapes
    .map((shape) => shape.exec(sentence)?.groups)
    .find((groups) => groups && refersToCompany(groups.who!, domain));
  const firstWord = sentence.split(" ")[0] ?? "";
  const what = stated?.what ?? (industryKind(firstWord) ? sentence : null);
  if (!what) return null;
  const end = what.search(phraseEnd);
  const phrase = (end >= 0 ? what.slice(0, end) : what).trim();
  return namesABusiness(phrase) ? phrase : null;
}

function namesABusiness(phrase: string): boolean {
  const words = phrase.split(" ").map((word) => word.replace(/[^\p{L}\p{N}&-]/gu, "")).filter(Boolean);
  const content = words.filter((word) => !connectors.has(word.toLowerCase()) && !vague.has(word.toLowerCase()));
  if (words.length === 0 || words.length > 10 || content.length === 0) return false;
  if (relations.has(content[0]!.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase())) return false;
  const kinds = content.map(industryKind);
  // A proper name ("Colorado", "Berkshire Hathaway") or a number says nothing of the trade.
  const saysWhat = content.some((word, i) => !kinds[i] && !/^\p{Lu}\p{Ll}+$/u.test(word) && !/^\d/.test(word));
  return kinds.includes("specific") || (kinds.includes("generic") && saysWhat);
}
