import type { Localized } from "@/server/domain/settings/scoring-criteria";

/** Regions an ICP may name, by their English and Portuguese names, as the countries they cover (English names). */
export const regions: { names: string[]; countries: string[] | "any" }[] = [
  { names: ["latin america", "america latina", "latam"], countries: ["Brazil", "Mexico", "Argentina", "Chile", "Colombia", "Peru", "Uruguay"] },
  { names: ["south america", "america do sul"], countries: ["Brazil", "Argentina", "Chile", "Colombia", "Peru", "Uruguay"] },
  { names: ["north america", "america do norte"], countries: ["United States", "Canada", "Mexico"] },
  { names: ["europe", "europa"], countries: ["Portugal", "Spain", "France", "Germany", "United Kingdom", "Ireland", "Netherlands", "Italy"] },
  { names: ["apac", "asia-pacific", "asia pacific", "asia-pacifico"], countries: ["India", "Japan", "Singapore", "Australia"] },
  { names: ["global", "worldwide", "mundial", "mundo todo", "anywhere", "qualquer lugar"], countries: "any" },
];

/** US and Brazilian states by code, so "Texas", "TX", "São Paulo" and "SP" in an ICP find a lead's region. */
export const states: Record<"United States" | "Brazil", Record<string, string>> = {
  "United States": {
    AL: "Alabama", AK: "Alaska", AZ: "Arizona", AR: "Arkansas", CA: "California", CO: "Colorado", CT: "Connecticut",
    DE: "Delaware", DC: "District of Columbia", FL: "Florida", GA: "Georgia", HI: "Hawaii", ID: "Idaho", IL: "Illinois",
    IN: "Indiana", IA: "Iowa", KS: "Kansas", KY: "Kentucky", LA: "Louisiana", ME: "Maine", MD: "Maryland",
    MA: "Massachusetts", MI: "Michigan", MN: "Minnesota", MS: "Mississippi", MO: "Missouri", MT: "Montana",
    NE: "Nebraska", NV: "Nevada", NH: "New Hampshire", NJ: "New Jersey", NM: "New Mexico", NY: "New York",
    NC: "North Carolina", ND: "North Dakota", OH: "Ohio", OK: "Oklahoma", OR: "Oregon", PA: "Pennsylvania",
    RI: "Rhode Island", SC: "South Carolina", SD: "South Dakota", TN: "Tennessee", TX: "Texas", UT: "Utah",
    VT: "Vermont", VA: "Virginia", WA: "Washington", WV: "West Virginia", WI: "Wisconsin", WY: "Wyoming",
  },
  Brazil: {
    AC: "Acre", AL: "Alagoas", AP: "Amapá", AM: "Amazonas", BA: "Bahia", CE: "Ceará", DF: "Distrito Federal",
    ES: "Espírito Santo", GO: "Goiás", MA: "Maranhão", MT: "Mato Grosso", MS: "Mato Grosso do Sul", MG: "Minas Gerais",
    PA: "Pará", PB: "Paraíba", PR: "Paraná", PE: "Pernambuco", PI: "Piauí", RJ: "Rio de Janeiro", RN: "Rio Grande do Norte",
    RS: "Rio Grande do Sul", RO: "Rondônia", RR: "Roraima", SC: "Santa Catarina", SP: "São Paulo", SE: "Sergipe", TO: "Tocantins",
  },
};

const portugueseNames: Record<string, string> = {
  Brazil: "Brasil", "United States": "Estados Unidos", "United Kingdom": "Reino Unido", Canada: "Canadá", Mexico: "México",
  Colombia: "Colômbia", Uruguay: "Uruguai", Spain: "Espanha", France: "França", Germany: "Alemanha", Ireland: "Irlanda",
  Netherlands: "Países Baixos", Italy: "Itália", India: "Índia", Australia: "Austrália", Japan: "Japão", Singapore: "Singapura",
};

/** A country's name for evidence in either language (English names come from `countryName`). */
export function countryLabel(name: string): Localized {
  return { en: name, "pt-BR": portugueseNames[name] ?? name };
}
