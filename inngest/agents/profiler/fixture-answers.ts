import type { Fact } from "../agent";
import type { CompanyLocation } from "./company-location";
import type { CompanySize } from "./company-size";

export type ProfileAnswer = {
  name: string;
  foundedYear: number | null;
  /** Employees as a page states them; null when no page does. */
  headcount: number | null;
  location: { city: string; region: string | null; country: string | null };
  /** The site's own words for its line of business. */
  industry: string | null;
  social: string[];
};

/**
 * Answer key for the demo-web fixture sites (tests and the accuracy bench): the company profile a
 * careful reader takes from each site's pages (text, JSON-LD, microdata, meta tags), read by hand
 * from the HTML and never from site.json, whose catalog data is not checked. Places and industries
 * are written as the pages write them; a value marked "only in JSON-LD" is stated nowhere visible.
 */
export const profileFixtureAnswers: Record<string, ProfileAnswer> = {
  "ardentquay-robotics.co.uk": {
    name: "Ardentquay Robotics", foundedYear: 2013, headcount: 160, industry: "end-of-line automation", // the h1; no self-label
    location: { city: "Bristol", region: "England", country: "GB" },
    social: ["https://www.linkedin.com/company/ardentquay-robotics"],
  },
  "brightfallow-agri.com": {
    name: "Brightfallow Agri", foundedYear: 2020, headcount: 24, industry: "soil moisture sensors", // what they build; no self-label
    location: { city: "Des Moines", region: "IA", country: "US" },
    social: ["https://www.linkedin.com/company/brightfallow", "https://www.youtube.com/@brightfallowagri"],
  },
  "casaipeamarelo.com.br": {
    name: "Casa Ipê Amarelo", foundedYear: 1993, headcount: 900, industry: "utilidades domésticas e decoração", // "a primeira loja abriu em 1993"
    location: { city: "Salvador", region: "BA", country: "BR" },
    social: ["https://www.instagram.com/casaipeamarelo", "https://www.facebook.com/casaipeamarelo", "https://www.tiktok.com/@casaipeamarelo"],
  },
  "clinexa-health.io": {
    name: "Clinexa Health", foundedYear: 2019, headcount: 58, industry: "B2B SaaS", // "a team of 58"; JSON-LD says 51–200
    location: { city: "Boston", region: "MA", country: "US" },
    social: ["https://www.linkedin.com/company/clinexa-health", "https://x.com/clinexahealth"],
  },
  "copperlark-realty.com": {
    name: "Copperlark Realty", foundedYear: 2012, headcount: 30, industry: "realty", // only the name says it; pages: "leases and manages ... flex space"
    location: { city: "Nashville", region: "TN", country: null },
    social: ["https://www.linkedin.com/company/copperlark-realty"],
  },
  "dunmorrowfreight.co.uk": {
    name: "Dunmorrow Freight", foundedYear: 1979, headcount: 2300, industry: "haulage", // "employs 2,300 people"; "road haulage", "Scotland's haulier"
    location: { city: "Glasgow", region: "Scotland", country: null }, // Scotland only in "Registered in Scotland"
    social: [],
  },
  "emberlyn-hr.io": {
    name: "Emberlyn", foundedYear: 2020, headcount: 75, industry: "applicant tracking", // "started in Toronto in 2020"
    location: { city: "Toronto", region: "ON", country: "Canada" },
    social: ["https://www.linkedin.com/company/emberlyn", "https://x.com/emberlynhq"],
  },
  "fernhollow-vetclinic.com": {
    name: "Fernhollow Veterinary Clinic", foundedYear: 2004, headcount: 7, industry: "veterinary clinic", // "opened Fernhollow in 2004"; "our team of seven"
    location: { city: "Burlington", region: "VT", country: null },
    social: ["https://www.facebook.com/fernhollowvet"],
  },
  "harborkiln-ceramics.com": {
    name: "Harbor Kiln Technical Ceramics", foundedYear: 1962, headcount: 850, industry: "technical ceramics", // "approximately 850 people"
    location: { city: "Akron", region: "OH", country: "USA" },
    social: ["https://www.linkedin.com/company/harbor-kiln-ceramics"], // only in JSON-LD sameAs
  },
  "jabuticabacriativa.com.br": {
    name: "Jabuticaba Criativa", foundedYear: 2018, headcount: 15, industry: "marketing digital", // "nasceu em 2018"; "somos 15 pessoas"
    location: { city: "Porto Alegre", region: "RS", country: null },
    social: ["https://www.instagram.com/jabuticabacriativa", "https://www.linkedin.com/company/jabuticaba-criativa"],
  },
  "jacarandalilas.com.br": {
    name: "Jacarandá Lilás Saúde", foundedYear: 2008, headcount: 85, industry: "clínicas de especialidades",
    location: { city: "Belo Horizonte", region: "MG", country: "BR" },
    social: ["https://www.instagram.com/jacarandalilassaude"],
  },
  "jandaiapay.com.br": {
    name: "JandaiaPay", foundedYear: 2019, headcount: 140, industry: "instituição de pagamento", // "somos 140 pessoas"; JSON-LD says 101–250
    location: { city: "São Paulo", region: "SP", country: "BR" },
    social: ["https://www.linkedin.com/company/jandaiapay", "https://www.instagram.com/jandaiapay"],
  },
  "kelpforge-data.io": {
    name: "Kelpforge", foundedYear: null, headcount: null, industry: "data pipeline", // "open-source data pipeline tool"
    location: { city: "San Francisco", region: "CA", country: null },
    social: ["https://github.com/kelpforge", "https://x.com/kelpforge"],
  },
  "ledgerbloom.co": {
    name: "Ledgerbloom", foundedYear: 2017, headcount: 120, industry: "accounts receivable", // "we started Ledgerbloom in 2017"; "automates accounts receivable"
    location: { city: "Austin", region: "TX", country: null },
    social: ["https://www.linkedin.com/company/ledgerbloom"],
  },
  "metalurgicaitaperu.ind.br": {
    name: "Metalúrgica Itaperu", foundedYear: 1968, headcount: 3100, industry: "fundição e usinagem",
    location: { city: "Joinville", region: "SC", country: null },
    social: [],
  },
  "mossbarrow-security.com": {
    name: "Mossbarrow Security", foundedYear: 2015, headcount: 220, industry: "managed detection and response",
    location: { city: "Arlington", region: "VA", country: "US" },
    social: ["https://www.linkedin.com/company/mossbarrow-security", "https://x.com/mossbarrowsec"],
  },
  "orbitalpine-analytics.io": {
    name: "Orbitalpine Analytics", foundedYear: 2018, headcount: 62, industry: "retail analytics",
    location: { city: "Edinburgh", region: null, country: "United Kingdom" },
    social: ["https://www.linkedin.com/company/orbitalpine", "https://x.com/orbitalpine"],
  },
  "pailwright.com": {
    name: "Pailwright Provisions", foundedYear: 1988, headcount: 1200, industry: "hardware, garden and outdoor stores", // "1,200 neighbours work in our 38 stores..."
    location: { city: "Denver", region: "CO", country: "US" },
    social: ["https://www.facebook.com/pailwright", "https://www.instagram.com/pailwright"],
  },
  "quillmarrow.co.uk": {
    name: "Quillmarrow & Hale Solicitors", foundedYear: 1994, headcount: 35, industry: "solicitors",
    location: { city: "Manchester", region: null, country: null },
    social: [],
  },
  "quincemoth-studio.com": {
    name: "Quince & Moth Studio", foundedYear: 2016, headcount: 12, industry: "brand and web design", // "we are twelve designers, writers and developers"
    location: { city: "Portland", region: "OR", country: null },
    social: ["https://www.instagram.com/quinceandmoth", "https://dribbble.com/quinceandmoth"],
  },
  "ravenholtmutual.co.uk": {
    name: "Ravenholt Mutual", foundedYear: 1921, headcount: 4800, industry: "insurer", // "member-owned insurer"; 4,800 colleagues
    location: { city: "Leeds", region: "West Yorkshire", country: "GB" },
    social: ["https://www.linkedin.com/company/ravenholt-mutual", "https://www.facebook.com/ravenholtmutual", "https://x.com/ravenholtmutual"],
  },
  "rotaseriema-logistica.com.br": {
    name: "Rota Seriema Logística", foundedYear: 2002, headcount: 1450, industry: "transportadora e operadora logística",
    location: { city: "Campinas", region: "SP", country: "BR" },
    social: ["https://www.linkedin.com/company/rota-seriema", "https://www.instagram.com/rotaseriema"],
  },
  "sabordocampo-coop.com.br": {
    // 260 colaboradores; the 1.100 cooperados are member farmers, not staff. No trade label beyond "cooperativa".
    name: "Cooperativa Sabor do Campo", foundedYear: 1997, headcount: 260, industry: "cooperativa",
    location: { city: "Londrina", region: "PR", country: "BR" },
    social: ["https://www.instagram.com/sabordocampocoop", "https://www.facebook.com/sabordocampocoop"],
  },
  "semeare.agr.br": {
    name: "Semeare Agrotecnologia", foundedYear: 2021, headcount: 32, industry: "agrotecnologia", // the name; pages: satellite crop-monitoring software
    location: { city: "Ribeirão Preto", region: "SP", country: "BR" },
    social: ["https://www.linkedin.com/company/semeare", "https://www.youtube.com/@semeareagro"],
  },
  "solvaneridge-energy.com": {
    name: "Solvane Ridge Energy", foundedYear: 2009, headcount: 410, industry: "solar and battery storage", // "410 employees"; JSON-LD says 201–500
    location: { city: "Phoenix", region: "AZ", country: "US" },
    social: ["https://www.linkedin.com/company/solvane-ridge", "https://x.com/solvaneridge", "https://www.youtube.com/@solvaneridge"],
  },
  "sprigwell-foods.com": {
    name: "Sprigwell Foods", foundedYear: 2015, headcount: 90, industry: "snack bars and granola", // "began in 2015"; "our 90-person team"
    location: { city: "Minneapolis", region: "MN", country: "US" },
    social: ["https://www.instagram.com/sprigwellfoods", "https://www.tiktok.com/@sprigwellfoods"],
  },
  "tallowmerelearning.org": {
    name: "Tallowmere Learning", foundedYear: 2014, headcount: 45, industry: "coding and data bootcamps", // headcount only in JSON-LD
    location: { city: "Pittsburgh", region: "PA", country: null },
    social: ["https://www.linkedin.com/school/tallowmere-learning", "https://www.facebook.com/tallowmerelearning"],
  },
  "tidewrenmarine.com.au": {
    name: "Tidewren Marine Logistics", foundedYear: 1998, headcount: 140, industry: "marine logistics", // the name; pages: freight, customs, barges
    location: { city: "Brisbane", region: "QLD", country: "AU" },
    social: ["https://www.linkedin.com/company/tidewren-marine"],
  },
  "trilhaaberta-cursos.com.br": {
    // "começou em 2017"; no headcount (the "6 mil pessoas" are graduates).
    name: "Trilha Aberta Cursos", foundedYear: 2017, headcount: null, industry: "cursos de programação", // "cursos online e presenciais de programação, dados e UX"
    location: { city: "Recife", region: "PE", country: null },
    social: ["https://www.instagram.com/trilhaaberta", "https://www.youtube.com/@trilhaaberta"],
  },
  "tuiuiu-erp.com.br": {
    name: "Tuiuiú ERP", foundedYear: 2014, headcount: 110, industry: "ERP em nuvem",
    location: { city: "Florianópolis", region: "SC", country: "BR" },
    social: ["https://www.linkedin.com/company/tuiuiu-erp", "https://www.instagram.com/tuiuiuerp", "https://www.youtube.com/@tuiuiuerp"],
  },
  "valadaomuniz.adv.br": {
    name: "Valadão & Muniz Advogados Associados", foundedYear: 1991, headcount: 28, industry: "advocacia empresarial", // "28 profissionais"
    location: { city: "Curitiba", region: "PR", country: null },
    social: [],
  },
  "ventosolnordeste.com.br": {
    name: "Ventosol Nordeste Energia", foundedYear: 2010, headcount: 620, industry: "energia renovável", // first wind park 2013; JSON-LD says 501–1000
    location: { city: "Fortaleza", region: "CE", country: "BR" },
    social: ["https://www.linkedin.com/company/ventosol-nordeste", "https://www.instagram.com/ventosolnordeste"],
  },
  "verdantlogix.com": {
    name: "Verdant Logix", foundedYear: 2011, headcount: 340, industry: "freight", // "started in 2011"; "regional freight, cross-docking and last-mile delivery"
    location: { city: "Chicago", region: "IL", country: "United States" },
    social: ["https://www.linkedin.com/company/verdantlogix", "https://x.com/verdantlogix"],
  },
};

export const profileFields = ["name", "founded", "headcount", "location", "industry", "social"] as const;
export type ProfileField = (typeof profileFields)[number];
/** The key's values and the profiler's, as strings; a reported value judged right is written as its answer. */
export type GradedField = { expected: string[]; reported: string[] };

// Connectors are left out so "fundição e usinagem" matches "fundição, usinagem".
const connectors = new Set(["a", "an", "and", "the", "of", "for", "e", "de", "da", "do", "das", "dos", "em", "para"]);
const normalize = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
const words = (text: string) => normalize(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word && !connectors.has(word));
const phraseIn = (text: string, phrase: string) => ` ${words(text).join(" ")} `.includes(` ${words(phrase).join(" ")} `);
const url = (value: string) => value.trim().toLowerCase().replace(/\/+$/, "");

function single<T>(expected: string | null, reported: T | undefined, isRight: (value: T, answer: string) => boolean, show: (value: T) => string): GradedField {
  const right = reported !== undefined && expected !== null && isRight(reported, expected);
  return { expected: expected === null ? [] : [expected], reported: reported === undefined ? [] : [right ? expected : show(reported)] };
}

/**
 * Judges the profiler's facts against one site's answers, normalising case, accents and spacing: a
 * headcount is right when it equals the stated number or its range holds it, a location when the
 * stated city is in it, an industry when it contains the answer's words, social links one by one.
 */
export function gradeProfile(facts: Fact[], answer: ProfileAnswer): Record<ProfileField, GradedField> {
  const value = <T>(key: string) => facts.find((fact) => fact.key === `company.${key}`)?.value as T | undefined;
  const { name, foundedYear, headcount, location, industry } = answer;
  return {
    name: single<string>(name, value("name"), (reported, answer) => normalize(reported) === normalize(answer), String),
    founded: single<number>(foundedYear === null ? null : String(foundedYear), value("foundedYear"), (year, answer) => String(year) === answer, String),
    headcount: single<CompanySize>(
      headcount === null ? null : String(headcount),
      value("size"),
      (size) => headcount !== null && size.min <= headcount && (size.max ?? Infinity) >= headcount,
      (size) => size.label,
    ),
    location: single<CompanyLocation>(location.city, value("location"), (place, city) => phraseIn(place.label, city), (place) => place.label),
    industry: single<string>(industry, value("industry"), (label, answer) => words(answer).every((word) => words(label).includes(word)), String),
    social: { expected: answer.social.map(url), reported: (value<string[]>("social") ?? []).map(url) },
  };
}
