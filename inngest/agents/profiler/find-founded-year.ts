import { compactName } from "./compact-name";
import { domainLabelParts, refersToCompany } from "./refers-to-company";

const month = "(?:[A-Za-zç]+\\s+(?:de\\s+)?)?";
// A name as prose writes it: capitalised words, joined by "&" or connectors ("Quince & Moth", "Rota Seriema").
const name = "\\p{Lu}[\\p{L}'’.-]*(?:[ ]+(?:&|and|e|de|do|da|dos|das|\\p{Lu}[\\p{L}'’.-]*))*";
const self = `${name}|[Ww]e|[Tt]he (?:company|firm|business)|[Aa] (?:empresa|cooperativa|agência)|[Oo] escritório`;

// Words that say "founding" whoever the subject is.
const founding = [
  new RegExp(`\\b(?:founded|established|incorporated)\\s+(?:in\\s+)?${month}(?<year>\\d{4})\\b`, "i"),
  /\bin business since (?<year>\d{4})\b/i,
  new RegExp(`\\b(?:fundad[ao]|criad[ao]|estabelecid[ao])\\s+(?:em\\s+)?${month}(?<year>\\d{4})\\b`, "iu"),
  /\b(?:no mercado|em atividade|atuando) desde (?<year>\d{4})\b/iu,
  /\b(?:[Nn]ascemos|[Cc]omeçamos)\s+em\s+(?<year>\d{4})\b/u,
];
// Words that say it only of the company itself: "Emberlyn was started in Toronto in 2020" is a
// founding, "the project was started in 2019" is not; `who`, or its last words, must name the company.
const startedBy = [
  new RegExp(`(?<who>${self})\\s+(?:was|were)\\s+(?:started|opened|set up|born)\\b[^.]{0,60}?\\bin\\s+(?<year>\\d{4})\\b`, "gu"),
  new RegExp(`(?<who>${self})\\s+(?:started|began)\\s+(?:as\\b[^.]{0,80}?\\s+)?in\\s+(?<year>\\d{4})\\b`, "gu"),
  new RegExp(`(?<who>${self})\\s+(?:nasceu|começou|surgiu)\\s+em\\s+${month}(?<year>\\d{4})\\b`, "gu"),
];
// "We started Ledgerbloom in 2017", "opened Fernhollow in 2004": the object must be the brand
// itself, since "opened Acme Leeds in 2015" opens a branch.
const startedWhat = new RegExp(`\\b(?:started|opened|founded|set up)\\s+(?<what>${name})\\s+in\\s+(?<year>\\d{4})\\b`, "gu");

/**
 * The founding year a page states ("founded in 2014", "fundada em março de 2014", "we started
 * Ledgerbloom in 2017", "a Jabuticaba nasceu em 2018"), if plausible. A verb like "started" or
 * "opened" only counts when its subject or object is the company on `domain`.
 */
export function findFoundedYear(text: string, domain: string): number | null {
  const years = [
    ...founding.map((pattern) => pattern.exec(text)?.groups?.year),
    ...startedBy.map((pattern) => [...text.matchAll(pattern)].find((match) => namesCompany(match.groups!.who!, domain))?.groups!.year),
    [...text.matchAll(startedWhat)].find((match) => isBrand(match.groups!.what!, domain))?.groups!.year,
  ];
  for (const found of years) {
    const year = Number(found);
    if (year >= 1800 && year <= new Date().getFullYear()) return year;
  }
  return null;
}

// A capitalised word before the name ("Today Emberlyn was started…") is not part of it: the subject is the last words.
function namesCompany(who: string, domain: string): boolean {
  const words = who.split(" ");
  return words.some((_, start) => refersToCompany(words.slice(start).join(" "), domain));
}

function isBrand(what: string, domain: string): boolean {
  const brand = compactName(what);
  return brand.length >= 3 && domainLabelParts(domain).join("").startsWith(brand);
}
