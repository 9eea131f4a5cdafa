import { companyLocation, type CompanyLocation } from "./company-location";
import { countryName } from "./country-name";
import { findPostalLocation } from "./find-postal-location";

const brazilianStates =
  "AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO";
const usStates =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";
// A place name: capitalised words, with Portuguese connectors ("Rio de Janeiro", "São José dos Campos").
const place = "[A-ZÀ-Ý][\\p{L}'.]+(?:[ ](?:(?:de|da|do|das|dos)[ ])?[A-ZÀ-Ý][\\p{L}'.]+)*";

const brazilianCity = new RegExp(`(${place})[ ]*(?:-|–|/|,)[ ]*(${brazilianStates})\\b(?![\\p{L}])`, "u");
// A line that is only "Porto Alegre/RS" or "Joinville – SC": the city line of an address block.
const brazilianCityLine = new RegExp(`^(${place})[ ]*(?:/|–|-)[ ]*(${brazilianStates})$`, "u");
const brazilianAddressLine = /\b\d{5}-?\d{3}\b|\bBrasil\b|\bBrazil\b|^(?:endereço|sede|address)\b|\b(?:Rua|R\.|Av\.|Avenida|Alameda|Al\.|Praça|Rodovia|Estrada)\s/iu;
// The lookahead keeps a Brazilian CEP ("Belém, PA 66000-000") from passing as a US ZIP.
const usCity = new RegExp(`(${place}),[ ]*(${usStates})[ ]+\\d{5}(?:-\\d{4})?(?!-?\\d)`, "u");
const statedPlace = new RegExp(
  `\\b(?:headquartered|based|located|sediad[ao]|com sede|localizad[ao]|situad[ao])[ ](?:in|em|no|na)[ ](${place})(?:[ ]*(?:,|-|–|/)[ ]*(${place}|${brazilianStates}))?`,
  "u",
);

/**
 * The company's city, region and country as the page states them: a Brazilian address line
 * ("São Paulo - SP, 01310-100"), a US one ("Austin, TX 78701"), or "based in Lisbon, Portugal" /
 * "sediada em Curitiba/PR", a UK, Canadian or Australian one, or a city line ("Porto Alegre/RS").
 * The first line that matches wins; a country is only named when the page names it or the line
 * is unmistakably a postal address of that country.
 */
export function findLocation(text: string): CompanyLocation | null {
  const lines = text.split("\n");
  for (const [index, line] of lines.entries()) {
    const us = usCity.exec(line);
    if (us) return companyLocation(us[1]!, us[2]!, "United States");
    const brazil = brazilianAddressLine.test(line) ? brazilianCity.exec(line) : null;
    if (brazil) return companyLocation(brazil[1]!, brazil[2]!, "Brazil");
    const postal = findPostalLocation(line, lines[index - 1]);
    if (postal) return postal;
    // Without a CEP the state could be a US one ("PA", "MA"), so the country is left unsaid.
    const cityLine = brazilianCityLine.exec(line.trim());
    if (cityLine) return companyLocation(cityLine[1]!, cityLine[2]!, null);
    const stated = statedPlace.exec(line);
    if (stated) {
      const [first, second] = [stated[1]!, stated[2] ?? null];
      if (countryName(first)) return companyLocation(null, null, countryName(first));
      // "MA" or "PA" name a state in both Brazil and the US, so a state alone never implies a country.
      const country = second ? countryName(second) : null;
      return companyLocation(first, country ? null : second, country);
    }
  }
  return null;
}
