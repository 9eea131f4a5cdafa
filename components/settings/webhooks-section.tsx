"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import type { WebhookEventType } from "@/db/schema/integrations";
import type { WorkspaceLanguage } from "@/server/api/schemas/settings";
import { SettingsSection } from "./settings-section";
import { WebhookEndpointCard } from "./webhook-endpoint-card";
import { EventChoices } from "./webhook-event-choices";
import { webhooksLabels, type WebhooksLabels } from "./webhooks-labels";

/** The workspace's webhook endpoints: add one, then manage each with its delivery log. */
export function WebhooksSection({ language }: { language: WorkspaceLanguage }) {
  const t = webhooksLabels[language];
  const trpc = useTRPC();
  const endpoints = useQuery(trpc.webhooks.list.queryOptions());

  return (
    <SettingsSection id="webhooks" title={t.title} description={t.description}>
      <AddEndpointForm t={t} />
      <div className="mt-6 flex flex-col gap-4">
        {endpoints.isPending ? <p className="text-sm text-zinc-500">{t.loading}</p> : null}
        {endpoints.error ? <FormError message={endpoints.error.message} /> : null}
        {endpoints.data?.length === 0 ? <p className="text-sm text-zinc-500">{t.empty}</p> : null}
        {endpoints.data?.map((endpoint) => <WebhookEndpointCard key={endpoint.id} endpoint={endpoint} t={t} />)}
      </div>
    </SettingsSection>
  );
}

function AddEndpointForm({ t }: { t: WebhooksLabels }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [events, setEvents] = useState<WebhookEventType[]>(["lead.enriched", "job.completed"]);
  const create = useMutation(trpc.webhooks.create.mutationOptions());
  const fieldError = create.error?.data?.field === "url" ? create.error.message : undefined;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate(
      { url, description: description || undefined, events },
      {
        onSuccess: () => {
          setUrl("");
          setDescription("");
          toast.success(t.add.created);
          void queryClient.invalidateQueries({ queryKey: trpc.webhooks.list.queryKey() });
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-label={t.add.legend} className="rounded-xl border border-zinc-800 bg-zinc-950/60 p-4">
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-3 text-sm font-medium text-zinc-200">{t.add.legend}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t.add.url} name="webhook-url" type="url" inputMode="url" placeholder={t.add.urlPlaceholder} value={url} onChange={(e) => setUrl(e.target.value)} error={fieldError} required />
          <TextField label={t.add.description} name="webhook-description" value={description} onChange={(e) => setDescription(e.target.value)} maxLength={200} />
        </div>
        <EventChoices t={t} value={events} onChange={setEvents} />
        {create.error && !fieldError ? <FormError message={create.error.message} /> : null}
        <div>
          <Button type="submit" disabled={create.isPending || !url.trim() || events.length === 0}>
            {create.isPending ? t.add.submitting : t.add.submit}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
