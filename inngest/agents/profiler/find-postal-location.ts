import { companyLocation, type CompanyLocation } from "./company-location";

// A place name: capitalised words ("Des Moines", "Thursday Island").
const place = "\\p{Lu}[\\p{L}'.]+(?:[ ]\\p{Lu}[\\p{L}'.]+)*";
const ukPostcode = "[A-Z]{1,2}\\d[A-Z\\d]?[ ]?\\d[ABD-HJLNP-UW-Z]{2}";
const ukNation = "England|Scotland|Wales|Northern Ireland";

const postal: [RegExp, string][] = [
  // "Bristol, England BS3 2QR", "Manchester M1 4BX"
  [new RegExp(`(?<city>${place}),?[ ]+(?:(?<region>${ukNation}),?[ ]+)?${ukPostcode}\\b`, "u"), "United Kingdom"],
  // "Toronto, ON M5V 2T6"
  [new RegExp(`(?<city>${place}),?[ ]+(?<region>AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)[ ]+[A-Z]\\d[A-Z][ ]?\\d[A-Z]\\d\\b`, "u"), "Canada"],
  // "Brisbane, QLD 4178"; four digits, so a US ZIP ("WA 98101") never passes.
  [new RegExp(`(?<city>${place}),?[ ]+(?<region>NSW|VIC|QLD|WA|SA|TAS|ACT|NT)[ ]+\\d{4}(?![\\d-])`, "u"), "Australia"],
];
const postcodeLine = new RegExp(`^${ukPostcode}$`);
const cityLine = new RegExp(`^${place}$`, "u");
const companySuffix = /\b(?:Ltd|Limited|LLP|PLC|plc|Inc|LLC)\b/;

/**
 * A UK, Canadian or Australian postal address line, which names its country by its postcode
 * alone: "Bristol, England BS3 2QR", "Toronto, ON M5V 2T6", "Brisbane, QLD 4178", or a UK
 * postcode on a line of its own under the town ("Glasgow" / "G52 4XL").
 */
export function findPostalLocation(line: string, previousLine: string | undefined): CompanyLocation | null {
  for (const [pattern, country] of postal) {
    const groups = pattern.exec(line)?.groups;
    if (groups) return companyLocation(groups.city!, groups.region ?? null, country);
  }
  const town = previousLine?.trim() ?? "";
  if (postcodeLine.test(line.trim()) && cityLine.test(town) && !companySuffix.test(town) && town.split(" ").length <= 3) {
    return companyLocation(town, null, "United Kingdom");
  }
  return null;
}
