import { compactName } from "./compact-name";

// Nouns that say what kind of business something is, compared without accents and a plural "s".
// A specific kind is an industry on its own ("an insurer"); a generic one needs a word saying of
// what ("a data pipeline tool", "uma rede de clínicas"). "Practice" and "nonprofit" are left out:
// "a small-animal practice" or "a nonprofit" say how a business is run more than what it does.
const specific = [
  "insurer", "bank", "lender", "clinic", "hospital", "laboratory", "school", "bootcamp", "university", "college",
  "restaurant", "bakery", "brewery", "winery", "cafe", "hotel", "pharmacy", "saas", "erp", "crm", "fintech",
  "solicitor", "lawyer", "accountant", "architect", "cooperative", "retailer", "wholesaler", "manufacturer",
  "haulier", "carrier", "insurtech", "healthtech", "edtech", "agritech", "proptech",
  "seguradora", "banco", "clinica", "laboratorio", "escola", "faculdade", "restaurante", "padaria", "cervejaria",
  "farmacia", "transportadora", "construtora", "incorporadora", "imobiliaria", "cooperativa", "varejista",
  "atacadista", "fabricante", "advocacia", "contabilidade", "agtech",
];
const generic = [
  "company", "business", "firm", "startup", "platform", "provider", "tool", "service", "solution", "software",
  "app", "application", "studio", "agency", "consultancy", "chain", "store", "shop", "maker", "producer",
  "supplier", "developer", "operator", "distributor", "marketplace",
  "empresa", "companhia", "plataforma", "ferramenta", "solucao", "solucoes", "sistema", "aplicativo", "servico",
  "agencia", "estudio", "consultoria", "rede", "loja", "fornecedora", "distribuidora", "operadora",
  "desenvolvedora", "produtora", "escritorio", "instituicao", "marca",
];
const kinds = new Map<string, "specific" | "generic">([
  ...specific.map((word) => [word, "specific"] as const),
  ...generic.map((word) => [word, "generic"] as const),
]);

/** Whether a word names a kind of business, and whether it is specific enough to stand alone. */
export function industryKind(word: string): "specific" | "generic" | null {
  const bare = compactName(word);
  return kinds.get(bare) ?? kinds.get(bare.replace(/s$/, "")) ?? null;
}
