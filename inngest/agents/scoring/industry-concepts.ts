import type { Localized } from "@/server/domain/settings/scoring-criteria";

export type IndustryConcept = { id: string; label: Localized; terms: string[] };

/**
 * Sectors as people name them in English and Brazilian Portuguese (matched folded, as whole
 * words). An ICP entry and a lead's description meet when they name the same sector in
 * different words: "logística" and "freight" are both logistics. Adjectives that also describe
 * other sectors ("industrial" space, "delivery" of software) are left out on purpose.
 */
export const industryConcepts: readonly IndustryConcept[] = [
  {
    id: "logistics",
    label: { en: "logistics", "pt-BR": "logística" },
    terms: [
      "logistics", "logistic", "logistica", "logisticas", "logistico", "freight", "frete", "fretes", "haulage", "hauling",
      "trucking", "truckload", "transport", "transportation", "transportadora", "transportadoras", "transporte", "transportes",
      "shipping", "3pl", "4pl", "cross-docking", "cross-dock", "last-mile", "last mile", "warehousing", "warehouses",
      "armazenagem", "armazem", "armazens", "courier", "carga", "cargas", "supply chain", "cadeia de suprimentos", "fleet", "frota",
    ],
  },
  {
    id: "distribution",
    label: { en: "distribution", "pt-BR": "distribuição" },
    terms: ["distribution", "distributor", "distributors", "distribuidora", "distribuidor", "distribuicao", "wholesale", "wholesaler", "atacado", "atacadista"],
  },
  {
    id: "retail",
    label: { en: "retail", "pt-BR": "varejo" },
    terms: ["retail", "retailer", "retailers", "varejo", "varejista", "store", "stores", "loja", "lojas", "shop", "shops", "supermarket", "supermarkets", "supermercado", "supermercados", "e-commerce", "ecommerce"],
  },
  {
    id: "food",
    label: { en: "food", "pt-BR": "alimentos" },
    terms: [
      "food", "foods", "alimentos", "alimenticia", "alimenticio", "alimentacao", "beverage", "beverages", "bebidas", "snack", "snacks",
      "grocery", "groceries", "coffee", "cafes", "dairy", "laticinios", "bakery", "padaria", "meat", "frigorifico",
    ],
  },
  {
    id: "manufacturing",
    label: { en: "manufacturing", "pt-BR": "indústria" },
    terms: ["manufacturing", "manufacturer", "manufacturers", "manufactures", "factory", "factories", "fabrica", "fabricas", "fabricante", "fabricantes", "industria", "industrias", "metalurgica", "fundicao", "usinagem", "machinery"],
  },
  {
    id: "software",
    label: { en: "software", "pt-BR": "software" },
    terms: ["software", "saas", "erp", "developer tools", "open-source", "open source", "data pipeline", "cloud platform", "plataforma em nuvem", "tecnologia da informacao"],
  },
  { id: "healthcare", label: { en: "healthcare", "pt-BR": "saúde" }, terms: ["health", "healthcare", "saude", "clinic", "clinics", "clinica", "clinicas", "hospital", "hospitals", "hospitais", "medical", "veterinary", "veterinaria"] },
  { id: "finance", label: { en: "financial services", "pt-BR": "serviços financeiros" }, terms: ["fintech", "payments", "pagamento", "pagamentos", "conta digital", "maquininha", "accounts receivable", "contas a receber", "invoicing", "bank", "banking", "banco", "insurance", "insurer", "seguros", "seguradora", "financial services", "servicos financeiros"] },
  { id: "education", label: { en: "education", "pt-BR": "educação" }, terms: ["education", "educacao", "school", "schools", "escola", "escolas", "courses", "cursos", "bootcamp", "bootcamps", "training", "treinamento", "learning", "ensino"] },
  { id: "legal", label: { en: "legal services", "pt-BR": "serviços jurídicos" }, terms: ["law firm", "legal", "solicitors", "lawyers", "attorneys", "advocacia", "advogados", "juridico"] },
  { id: "energy", label: { en: "energy", "pt-BR": "energia" }, terms: ["energy", "energia", "solar", "wind", "eolica", "eolicos", "renewables", "renewable", "renovavel", "utilities"] },
  { id: "agriculture", label: { en: "agriculture", "pt-BR": "agronegócio" }, terms: ["agriculture", "agricultural", "agritech", "agro", "agronegocio", "farming", "farm", "farms", "growers", "agricultores", "lavouras", "safra", "irrigation", "irrigacao", "soil", "crops"] },
  { id: "real_estate", label: { en: "real estate", "pt-BR": "imobiliário" }, terms: ["real estate", "realty", "imobiliaria", "imoveis", "property management", "commercial property"] },
  { id: "marketing", label: { en: "marketing", "pt-BR": "marketing" }, terms: ["marketing", "agency", "agencia", "advertising", "publicidade", "branding", "design studio"] },
  { id: "security", label: { en: "security", "pt-BR": "segurança" }, terms: ["cybersecurity", "security", "seguranca", "ciberseguranca"] },
  { id: "hr", label: { en: "HR", "pt-BR": "RH" }, terms: ["human resources", "recursos humanos", "recruiting", "recrutamento", "applicant tracking"] },
  { id: "construction", label: { en: "construction", "pt-BR": "construção" }, terms: ["construction", "construtora", "construcao", "contractor", "contractors", "engenharia civil"] },
  { id: "hospitality", label: { en: "hospitality", "pt-BR": "hotelaria e restaurantes" }, terms: ["hospitality", "hotel", "hotels", "hotelaria", "restaurant", "restaurants", "restaurante", "restaurantes"] },
];
