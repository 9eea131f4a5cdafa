import { companySize, type CompanySize } from "./company-size";
import { parseCount } from "./parse-count";

const count = "(\\d{1,3}(?:[.,]\\d{3})+|\\d+)";
// "people" and "profissionais" are left out: "we have helped 5,000 people" is not headcount.
const noun = "(?:full-time\\s+)?(?:employees|staff|team members|funcionári[oa]s|colaborador(?:es|as)|empregados)";
const range = new RegExp(`\\b(?:between\\s+|entre\\s+)?${count}\\s*(?:-|–|to|and|a|e)\\s*${count}\\s+${noun}\\b`, "iu");
const single = new RegExp(
  `\\b(?:(over|more than|mais de|acima de)\\s+|(about|around|approximately|nearly|cerca de|aproximadamente|quase)\\s+)?${count}(\\+)?\\s+${noun}(?![\\p{L}])`,
  "iu",
);
const team = new RegExp(`\\b(?:a team of|our team of|uma equipe de|um time de|nossa equipe de)\\s+${count}\\b`, "iu");

/** The headcount a page states, as written: exact, a range, or open-ended ("mais de 200"). */
export function findEmployeeCount(text: string): CompanySize | null {
  const ranged = range.exec(text);
  if (ranged) {
    const [min, max] = [parseCount(ranged[1]!), parseCount(ranged[2]!)];
    if (min && max) return companySize(min, max, ranged[0].trim());
  }
  const stated = single.exec(text);
  if (stated) {
    const value = parseCount(stated[3]!);
    if (value) return companySize(value, stated[1] || stated[4] ? null : value, stated[0].trim());
  }
  const teamOf = team.exec(text);
  const value = teamOf ? parseCount(teamOf[1]!) : null;
  return value ? companySize(value, value, teamOf![0].trim()) : null;
}
