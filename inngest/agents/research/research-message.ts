import type { WorkspaceLanguage } from "@/server/api/schemas/settings";

type Counts = { mentions: number; similar: number | null };

const texts = {
  en: {
    noProvider: "No search provider configured: web research skipped",
    failed: (provider: string, problem: string) => `Web research skipped: the ${provider} search failed (${problem})`,
    mentions: (n: number) => (n === 0 ? "No mentions on other sites" : n === 1 ? "1 mention on another site" : `${n} mentions on other sites`),
    similar: (n: number) => (n === 0 ? "no similar companies" : n === 1 ? "1 similar company" : `${n} similar companies`),
    notSearched: "similar companies not searched (industry and description unknown)",
  },
  "pt-BR": {
    noProvider: "Nenhum provedor de busca configurado: pesquisa na web ignorada",
    failed: (provider: string, problem: string) => `Pesquisa na web ignorada: a busca ${provider} falhou (${problem})`,
    mentions: (n: number) => (n === 0 ? "Nenhuma menção em outros sites" : n === 1 ? "1 menção em outro site" : `${n} menções em outros sites`),
    similar: (n: number) => (n === 0 ? "nenhuma empresa semelhante" : n === 1 ? "1 empresa semelhante" : `${n} empresas semelhantes`),
    notSearched: "empresas semelhantes não pesquisadas (setor e descrição desconhecidos)",
  },
} satisfies Record<WorkspaceLanguage, unknown>;

/** The board line for the web research agent, in the workspace's language. */
export const researchMessages = (language: WorkspaceLanguage) => {
  const t = texts[language];
  return {
    noProvider: t.noProvider,
    failed: t.failed,
    found: ({ mentions, similar }: Counts) => `${t.mentions(mentions)}, ${similar === null ? t.notSearched : t.similar(similar)}`,
  };
};
