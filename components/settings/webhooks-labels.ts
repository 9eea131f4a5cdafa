import type { WebhookEventType } from "@/db/schema/integrations";
import type { WorkspaceLanguage } from "@/server/api/schemas/settings";

/** Every word the webhooks section shows, in the workspace's language. */
export type WebhooksLabels = {
  title: string;
  description: string;
  empty: string;
  loading: string;
  add: { legend: string; url: string; urlPlaceholder: string; description: string; events: string; submit: string; submitting: string; created: string };
  events: Record<WebhookEventType, { name: string; detail: string }>;
  endpoint: {
    enabled: string;
    disabled: string;
    toggle: (url: string) => string;
    secret: string;
    reveal: string;
    hide: string;
    copy: string;
    copied: string;
    sendTest: string;
    testQueued: string;
    remove: string;
    confirmRemove: (url: string) => string;
    removed: string;
    saved: string;
    deliveries: string;
  };
  log: {
    empty: string;
    event: string;
    status: string;
    code: string;
    attempts: string;
    time: string;
    error: string;
    replay: string;
    replayed: string;
    more: string;
    statuses: Record<"pending" | "succeeded" | "failed", string>;
  };
};

const en: WebhooksLabels = {
  title: "Webhooks",
  description: "Send events to your systems as they happen. Every delivery is signed to the Standard Webhooks spec with the endpoint's secret; failed deliveries are retried with backoff.",
  empty: "No endpoints yet. Add one to receive events.",
  loading: "Loading webhooks…",
  add: {
    legend: "Add an endpoint",
    url: "Endpoint URL",
    urlPlaceholder: "https://example.com/webhooks/nellia",
    description: "Description (optional)",
    events: "Events to send",
    submit: "Add endpoint",
    submitting: "Adding…",
    created: "Endpoint added. Copy its signing secret to verify deliveries.",
  },
  events: {
    "lead.enriched": { name: "Lead enriched", detail: "A lead finished enrichment" },
    "job.completed": { name: "Run completed", detail: "A prospecting run ended, with its summary" },
    "quota.updated": { name: "Quota updated", detail: "Credits were reserved, charged or refunded" },
  },
  endpoint: {
    enabled: "Enabled",
    disabled: "Disabled",
    toggle: (url) => `Send events to ${url}`,
    secret: "Signing secret",
    reveal: "Reveal",
    hide: "Hide",
    copy: "Copy",
    copied: "Secret copied to the clipboard",
    sendTest: "Send test event",
    testQueued: "Test event queued",
    remove: "Delete",
    confirmRemove: (url) => `Delete the endpoint ${url} and its delivery log?`,
    removed: "Endpoint deleted",
    saved: "Endpoint saved",
    deliveries: "Recent deliveries",
  },
  log: {
    empty: "Nothing delivered yet.",
    event: "Event",
    status: "Status",
    code: "HTTP",
    attempts: "Attempts",
    time: "Time",
    error: "Last error",
    replay: "Replay",
    replayed: "Delivery queued again",
    more: "Show older",
    statuses: { pending: "Pending", succeeded: "Delivered", failed: "Failed" },
  },
};

const ptBr: WebhooksLabels = {
  title: "Webhooks",
  description: "Envie eventos aos seus sistemas assim que acontecem. Cada entrega é assinada no padrão Standard Webhooks com o segredo do endpoint; entregas que falham são repetidas com intervalo crescente.",
  empty: "Nenhum endpoint ainda. Adicione um para receber eventos.",
  loading: "Carregando webhooks…",
  add: {
    legend: "Adicionar endpoint",
    url: "URL do endpoint",
    urlPlaceholder: "https://exemplo.com.br/webhooks/nellia",
    description: "Descrição (opcional)",
    events: "Eventos a enviar",
    submit: "Adicionar endpoint",
    submitting: "Adicionando…",
    created: "Endpoint adicionado. Copie o segredo de assinatura para verificar as entregas.",
  },
  events: {
    "lead.enriched": { name: "Lead enriquecido", detail: "Um lead terminou o enriquecimento" },
    "job.completed": { name: "Execução concluída", detail: "Uma execução de prospecção terminou, com o resumo" },
    "quota.updated": { name: "Cota atualizada", detail: "Créditos reservados, cobrados ou devolvidos" },
  },
  endpoint: {
    enabled: "Ativo",
    disabled: "Inativo",
    toggle: (url) => `Enviar eventos para ${url}`,
    secret: "Segredo de assinatura",
    reveal: "Mostrar",
    hide: "Ocultar",
    copy: "Copiar",
    copied: "Segredo copiado",
    sendTest: "Enviar evento de teste",
    testQueued: "Evento de teste na fila",
    remove: "Excluir",
    confirmRemove: (url) => `Excluir o endpoint ${url} e o histórico de entregas?`,
    removed: "Endpoint excluído",
    saved: "Endpoint salvo",
    deliveries: "Entregas recentes",
  },
  log: {
    empty: "Nenhuma entrega ainda.",
    event: "Evento",
    status: "Situação",
    code: "HTTP",
    attempts: "Tentativas",
    time: "Horário",
    error: "Último erro",
    replay: "Reenviar",
    replayed: "Entrega colocada na fila de novo",
    more: "Mostrar anteriores",
    statuses: { pending: "Pendente", succeeded: "Entregue", failed: "Falhou" },
  },
};

export const webhooksLabels: Record<WorkspaceLanguage, WebhooksLabels> = { en, "pt-BR": ptBr };
