import { companySize, type CompanySize } from "./company-size";
import { countPattern as count, parseCount } from "./parse-count";

const teamOf = new RegExp(
  `\\b(?:a team of|our team of|uma equipe de|um time de|nossa equipe de|nosso time de)\\s+(${count})(?:\\s+(?:people|pessoas|profissionais))?(?![\\p{L}\\d])`,
  "iu",
);

/**
 * "We are a team of 35", "our team of seven": the whole company's size on an about page, but a
 * department's in a job ad ("lead a team of 12"), so it is read apart from stated headcounts.
 */
export function findTeamSize(text: string): CompanySize | null {
  const match = teamOf.exec(text);
  const value = match ? parseCount(match[1]!) : null;
  return value ? companySize(value, value, match![0].trim()) : null;
}
