import type { ResearchSubject } from "./research-subject";

// Legal forms a page may leave out when it names the company.
const legalSuffix = /[\s,]+(ltda|ltd|llc|inc|corp|plc|gmbh|s\.?a|s\/a|eireli|limited|incorporated)\.?$/i;

export const fold = (value: string) => value.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// `phrase` with nothing of `before` right before it and nothing of `after` right after it.
const wholeWord = (phrase: string, before: string, after = before) => new RegExp(`(?<!${before})${escape(phrase)}(?!${after})`, "u");

/**
 * Whether a title or snippet names the company: its name as a whole word or phrase (accents,
 * case and legal form aside) or its domain. A name shorter than three letters is too common
 * to count; only the domain does then.
 */
export function mentionsCompany(text: string, subject: ResearchSubject): boolean {
  const haystack = fold(text);
  // "acme.com" inside "notacme.com" or "acme.com.br" is another site.
  if (wholeWord(subject.site, "[\\p{L}\\p{N}.-]", "[\\p{L}\\p{N}-]|\\.[\\p{L}\\p{N}]").test(haystack)) return true;
  if (!subject.named) return false;
  const names = new Set([subject.name, subject.name.replace(legalSuffix, "")].map((name) => fold(name).trim()));
  return [...names].some((name) => name.replace(/[^\p{L}\p{N}]/gu, "").length >= 3 && wholeWord(name, "[\\p{L}\\p{N}]").test(haystack));
}
