// "Since 2015" said of customers, members, partners, a sponsorship or a certification is not the company's age.
const someoneElse =
  /\b(?:customers?|clients?|members?|partners?|users?|sponsors?|certified|accredited|clientes?|parceir|associad|patrocin|certificad|credenciad)/iu;
const tagline = /^(?<claim>[^.!?]{3,60}?)\s+(?:since|desde)\s+(?<year>\d{4})$/iu;

/**
 * The year of a short tagline line that ends "since 1979" ("Scotland's haulier since 1979",
 * "Advocacia empresarial desde 1991"): how long the company has been doing what it does, which
 * is its founding as a home or about page states it. Weaker than a sentence saying "founded".
 */
export function findTaglineYear(text: string): number | null {
  for (const line of text.split("\n")) {
    const groups = tagline.exec(line.trim())?.groups;
    if (!groups || someoneElse.test(groups.claim!) || groups.claim!.split(/\s+/).length > 8) continue;
    const year = Number(groups.year);
    if (year >= 1800 && year <= new Date().getFullYear()) return year;
  }
  return null;
}
