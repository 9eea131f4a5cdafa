import type { WorkspaceLanguage } from "@/server/api/schemas/settings";

export type ApiKeysLabels = {
  locale: string;
  title: string;
  description: string;
  docsLink: string;
  nameLabel: string;
  namePlaceholder: string;
  create: string;
  creating: string;
  newKeyTitle: (name: string) => string;
  newKeyWarning: string;
  copy: string;
  copied: string;
  copyFailed: string;
  done: string;
  empty: string;
  columns: { name: string; key: string; created: string; lastUsed: string; status: string };
  never: string;
  active: string;
  revokedOn: (date: string) => string;
  revoke: string;
  revokeConfirm: (name: string) => string;
  revokeYes: string;
  revoking: string;
  cancel: string;
  revokedToast: (name: string) => string;
  keyCount: (active: number) => string;
};

export const apiKeysLabels: Record<WorkspaceLanguage, ApiKeysLabels> = {
  en: {
    locale: "en",
    title: "API keys",
    description: "Keys let your own tools use the public API: start runs, stream events and read enriched leads. Each key works for this workspace only.",
    docsLink: "API reference (OpenAPI)",
    nameLabel: "Key name",
    namePlaceholder: "e.g. CRM sync",
    create: "Create key",
    creating: "Creating…",
    newKeyTitle: (name) => `Your new key “${name}”`,
    newKeyWarning: "Copy it now and keep it somewhere safe: you will not see it again. If you lose it, revoke it and create another.",
    copy: "Copy",
    copied: "Key copied to the clipboard",
    copyFailed: "Could not copy: select the key and copy it yourself.",
    done: "I have saved it",
    empty: "No keys yet. Create one to call the API.",
    columns: { name: "Name", key: "Key", created: "Created", lastUsed: "Last used", status: "Status" },
    never: "Never",
    active: "Active",
    revokedOn: (date) => `Revoked ${date}`,
    revoke: "Revoke",
    revokeConfirm: (name) => `Revoke “${name}”? Anything using it stops working at once. This cannot be undone.`,
    revokeYes: "Revoke key",
    revoking: "Revoking…",
    cancel: "Cancel",
    revokedToast: (name) => `“${name}” was revoked`,
    keyCount: (active) => (active === 1 ? "1 active key" : `${active} active keys`),
  },
  "pt-BR": {
    locale: "pt-BR",
    title: "Chaves de API",
    description: "As chaves permitem que suas ferramentas usem a API pública: iniciar buscas, acompanhar eventos e ler leads enriquecidos. Cada chave vale só para este workspace.",
    docsLink: "Referência da API (OpenAPI)",
    nameLabel: "Nome da chave",
    namePlaceholder: "ex.: Sincronização do CRM",
    create: "Criar chave",
    creating: "Criando…",
    newKeyTitle: (name) => `Sua nova chave “${name}”`,
    newKeyWarning: "Copie agora e guarde em local seguro: você não poderá vê-la de novo. Se perdê-la, revogue e crie outra.",
    copy: "Copiar",
    copied: "Chave copiada",
    copyFailed: "Não foi possível copiar: selecione a chave e copie manualmente.",
    done: "Já guardei",
    empty: "Nenhuma chave ainda. Crie uma para usar a API.",
    columns: { name: "Nome", key: "Chave", created: "Criada", lastUsed: "Último uso", status: "Situação" },
    never: "Nunca",
    active: "Ativa",
    revokedOn: (date) => `Revogada em ${date}`,
    revoke: "Revogar",
    revokeConfirm: (name) => `Revogar “${name}”? Tudo que a usa para de funcionar na hora. Não dá para desfazer.`,
    revokeYes: "Revogar chave",
    revoking: "Revogando…",
    cancel: "Cancelar",
    revokedToast: (name) => `“${name}” foi revogada`,
    keyCount: (active) => (active === 1 ? "1 chave ativa" : `${active} chaves ativas`),
  },
};
