/**
 * The industries of the demo web. Fixture `site.json` files and the synthetic generator both
 * use these keys, and search indexes every synonym in both languages so an ICP written in
 * Portuguese finds English sites of the same industry and the other way round.
 */
export const demoIndustries = {
  saas: {
    en: "Software (SaaS)",
    pt: "Software (SaaS)",
    terms: "software saas cloud platform plataforma b2b app aplicativo sistema",
  },
  logistics: {
    en: "Logistics",
    pt: "Logística",
    terms: "logistics logistica freight frete transport transporte transportadora shipping supply chain warehousing armazenagem distribution distribuicao trucking",
  },
  healthcare: {
    en: "Healthcare",
    pt: "Saúde",
    terms: "healthcare health saude clinic clinica clinics hospital medical medico patients pacientes care",
  },
  fintech: {
    en: "Financial technology",
    pt: "Fintech",
    terms: "fintech finance financas financial financeiro payments pagamentos banking credit credito lending insurance seguros",
  },
  retail: {
    en: "Retail",
    pt: "Varejo",
    terms: "retail varejo store stores loja lojas ecommerce shop shopping consumer consumidor",
  },
  manufacturing: {
    en: "Manufacturing",
    pt: "Indústria",
    terms: "manufacturing manufacturer industria industrial fabrica factory metalurgica machining usinagem components componentes",
  },
  agency: {
    en: "Marketing & creative agency",
    pt: "Agência de marketing",
    terms: "agency agencia marketing creative criativa design branding advertising publicidade digital studio",
  },
  education: {
    en: "Education",
    pt: "Educação",
    terms: "education educacao edtech school escola courses cursos training treinamento learning ensino",
  },
  agritech: {
    en: "Agritech",
    pt: "Agrotecnologia",
    terms: "agritech agtech agriculture agricultura agro agronegocio farm fazenda farming crops safra irrigation irrigacao",
  },
  legal: {
    en: "Legal services",
    pt: "Serviços jurídicos",
    terms: "legal law lawyers attorneys juridico advocacia advogados escritorio compliance contracts contratos",
  },
  energy: {
    en: "Energy",
    pt: "Energia",
    terms: "energy energia solar wind eolica renewable renovavel power utilities battery baterias",
  },
  cybersecurity: {
    en: "Cybersecurity",
    pt: "Cibersegurança",
    terms: "cybersecurity security seguranca ciberseguranca infosec soc pentest threat ameacas",
  },
  hr: {
    en: "HR & recruiting",
    pt: "RH e recrutamento",
    terms: "hr rh human resources recursos humanos recruiting recrutamento hiring payroll folha talent talentos",
  },
  "real-estate": {
    en: "Real estate",
    pt: "Imobiliário",
    terms: "real estate property properties imobiliaria imoveis proptech leasing locacao",
  },
  food: {
    en: "Food & beverage",
    pt: "Alimentos e bebidas",
    terms: "food alimentos beverage bebidas snacks coffee cafe cpg restaurant restaurantes",
  },
} as const;

export type DemoIndustry = keyof typeof demoIndustries;

export const demoIndustryKeys = Object.keys(demoIndustries) as DemoIndustry[];

export function isDemoIndustry(value: string): value is DemoIndustry {
  return Object.hasOwn(demoIndustries, value);
}
