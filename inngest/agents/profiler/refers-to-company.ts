import { parse } from "tldts";
import { compactName } from "./compact-name";

// How a site names itself without its name: "we", "the firm", "a empresa", "o escritório".
// "The team" or "the clinic" may be a department or a branch, so they are left out.
const selfWords = new Set([
  "we", "company", "firm", "business", "studio", "agency", "practice",
  "nos", "empresa", "companhia", "escritorio", "agencia", "cooperativa",
]);
const articles = /^(?:the|our|a|o|as|os|nossa|nosso)\s+/i;

/** The site's name as its domain spells it: "quincemoth-studio.com" → ["quincemoth", "studio"]. */
export function domainLabelParts(domain: string): string[] {
  const label = parse(domain).domainWithoutSuffix ?? domain;
  return label.split(/[-.]/).map(compactName).filter(Boolean);
}

/**
 * Whether the words a sentence starts with name the company whose site this is: its name as the
 * domain spells it ("Quince & Moth" on quincemoth-studio.com, "Pailwright Provisions" on
 * pailwright.com), its first word when that starts the domain ("Fernhollow Veterinary Clinic" on
 * fernhollow-vetclinic.com), or "we" / "the company". A client or partner named on the page is not.
 */
export function refersToCompany(phrase: string, domain: string): boolean {
  const words = phrase.trim().replace(articles, "").split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  if (words.length === 1 && selfWords.has(compactName(words[0]!))) return true;
  const label = domainLabelParts(domain).join("");
  const whole = compactName(words.join(" "));
  const first = compactName(words[0]!);
  if (whole.length < 3 || label.length < 3) return false;
  return label.startsWith(whole) || whole.startsWith(label) || (first.length >= 4 && label.startsWith(first));
}
