import { companySize, type CompanySize } from "./company-size";
import { countPattern as count, parseCount } from "./parse-count";

const staff = "(?:full-time\\s+)?(?:employees|staff|team members|funcionári[oa]s|colaborador(?:es|as)|empregados)";
// "People" and "profissionais" are staff only where the sentence makes them so ("we are 120 people",
// "employs 2,300 people"): "we have helped 5,000 people" is not a headcount.
const people = `(?:${staff}|people|pessoas|profissionais|professionals|colleagues)`;
// A role counts everyone only after "we are" or "employ": "we are twelve designers, writers and developers".
const roles =
  "(?:engineers|designers|developers|writers|technicians|consultants|analysts|specialists|lawyers|attorneys|" +
  "accountants|nurses|doctors|veterinarians|scientists|researchers|advogad[oa]s|engenheir[oa]s|" +
  "desenvolvedor(?:es|as)|consultor(?:es|as)|analistas|técnic[oa]s|médic[oa]s|especialistas)";
const qualifier =
  "(?:(?<over>over|more than|mais de|acima de)\\s+|(?<about>about|around|approximately|nearly|roughly|~|cerca de|aproximadamente|quase)\\s*)?";
const stated = `${qualifier}(?<count>${count})(?<plus>\\+)?`;
const end = "(?![\\p{L}])";

// The first that matches wins, so an employer's own word ("employs 2,300 people") beats a bare count.
const statements = [
  `\\b(?:employ(?:s|ing)?|emprega(?:mos)?)\\s+${stated}\\s+(?:${people}|${roles})${end}`,
  `\\b${stated}\\s+${staff}${end}`,
  `\\b(?:we are|we're|somos)\\s+${stated}\\s+(?:${people}|${roles})${end}`,
  `\\b(?:our|nossos|nossas)\\s+${stated}\\s+${people}${end}`,
  `\\b${stated}[- ](?:person|people|pessoas)\\s+(?:team|equipe)\\b`,
  `\\b${stated}\\s+${people}\\s+(?:work|trabalham)\\b`,
  `\\b(?:escritório|empresa|agência|companhia|clínica|cooperativa)\\s+(?:hoje\\s+)?conta\\s+(?:hoje\\s+)?com\\s+${stated}\\s+(?:${people}|${roles})${end}`,
].map((source) => new RegExp(source, "iu"));
const range = new RegExp(`\\b(?:between\\s+|entre\\s+)?(?<min>${count})\\s*(?:-|–|to|and|a|e)\\s*(?<max>${count})\\s+${staff}${end}`, "iu");

/**
 * The headcount a page states of the company's own staff, as written: exact, a range, or
 * open-ended ("mais de 200"). "A team of N" is read separately (findTeamSize), as weaker.
 */
export function findEmployeeCount(text: string): CompanySize | null {
  const ranged = range.exec(text);
  if (ranged?.groups) {
    const [min, max] = [parseCount(ranged.groups.min!), parseCount(ranged.groups.max!)];
    if (min && max) return companySize(min, max, ranged[0].trim());
  }
  for (const statement of statements) {
    const match = statement.exec(text);
    const value = match?.groups ? parseCount(match.groups.count!) : null;
    if (match?.groups && value) {
      const openEnded = Boolean(match.groups.over || match.groups.plus);
      return companySize(value, openEnded ? null : value, match[0].trim());
    }
  }
  return null;
}
