"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import type { WorkspaceLanguage } from "@/server/api/schemas/settings";
import { createApiKeyInput } from "@/server/domain/api-keys/api-key-input";
import type { ApiKeyView } from "@/server/domain/api-keys/api-key-view";
import { apiKeysLabels, type ApiKeysLabels } from "./api-keys-labels";
import { SettingsSection } from "./settings-section";

const formatDate = (date: Date, locale: string) => date.toLocaleDateString(locale, { day: "numeric", month: "short", year: "numeric" });

/** Workspace API keys: create one (shown once), see when each was last used, revoke. */
export function ApiKeysSection({ language }: { language: WorkspaceLanguage }) {
  const t = apiKeysLabels[language];
  const trpc = useTRPC();
  const { data: keys } = useQuery(trpc.apiKeys.list.queryOptions());
  const active = keys?.filter((k) => !k.revokedAt).length ?? 0;
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);

  return (
    <SettingsSection
      id="api-keys"
      title={t.title}
      description={t.description}
      badge={keys ? <span className="rounded-full bg-zinc-800 px-2.5 py-1 text-xs font-medium text-zinc-300 ring-1 ring-zinc-700">{t.keyCount(active)}</span> : null}
    >
      {created ? <NewKey t={t} created={created} onDone={() => setCreated(null)} /> : <CreateKeyForm t={t} onCreated={setCreated} />}
      <div className="mt-6">
        {!keys ? (
          <div className="h-16 animate-pulse rounded-xl bg-zinc-900" aria-hidden />
        ) : keys.length === 0 ? (
          <p className="rounded-xl border border-dashed border-zinc-800 px-4 py-6 text-center text-sm text-zinc-500">{t.empty}</p>
        ) : (
          <ul className="divide-y divide-zinc-800 rounded-xl border border-zinc-800 bg-zinc-950/60" aria-label={t.title} data-testid="api-keys-list">
            {keys.map((key) => (
              <KeyRow key={key.id} t={t} apiKey={key} />
            ))}
          </ul>
        )}
      </div>
      <p className="mt-4 text-xs text-zinc-500">
        <a href="/api/v1/openapi.json" target="_blank" rel="noreferrer" className="text-brand-400 underline-offset-2 hover:underline">
          {t.docsLink}
        </a>
      </p>
    </SettingsSection>
  );
}

function CreateKeyForm({ t, onCreated }: { t: ApiKeysLabels; onCreated: (created: { name: string; key: string }) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [fieldError, setFieldError] = useState<string>();
  const create = useMutation(trpc.apiKeys.create.mutationOptions());

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const parsed = createApiKeyInput.safeParse({ name });
    if (!parsed.success) return setFieldError(parsed.error.issues[0]?.message);
    setFieldError(undefined);
    create.mutate(parsed.data, {
      onSuccess: ({ key, apiKey }) => {
        setName("");
        onCreated({ name: apiKey.name, key });
        void queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey() });
      },
    });
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-label={t.create} className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <TextField
        label={t.nameLabel}
        name="api-key-name"
        value={name}
        maxLength={60}
        placeholder={t.namePlaceholder}
        autoComplete="off"
        onChange={(e) => setName(e.target.value)}
        error={fieldError}
        className="sm:w-80"
      />
      <Button type="submit" disabled={create.isPending} className="sm:self-end">
        {create.isPending ? t.creating : t.create}
      </Button>
      <div className="sm:basis-full">
        <FormError message={create.error?.message.replace(/^name: /, "")} />
      </div>
    </form>
  );
}

function NewKey({ t, created, onDone }: { t: ApiKeysLabels; created: { name: string; key: string }; onDone: () => void }) {
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.key);
      toast.success(t.copied);
    } catch {
      toast.error(t.copyFailed);
    }
  };
  return (
    <div role="status" className="rounded-xl border border-brand-500/40 bg-brand-500/10 p-4" data-testid="api-key-created">
      <p className="text-sm font-semibold text-zinc-100">{t.newKeyTitle(created.name)}</p>
      <p className="mt-1 text-sm text-amber-300">{t.newKeyWarning}</p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        <code className="min-w-0 flex-1 select-all break-all rounded-lg border border-zinc-700 bg-zinc-950 px-3 py-2 font-mono text-sm text-zinc-100" data-testid="api-key-value">
          {created.key}
        </code>
        <Button type="button" variant="secondary" onClick={copy}>
          {t.copy}
        </Button>
      </div>
      <Button type="button" variant="ghost" onClick={onDone} className="mt-3">
        {t.done}
      </Button>
    </div>
  );
}

function KeyRow({ t, apiKey }: { t: ApiKeysLabels; apiKey: ApiKeyView }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation(trpc.apiKeys.revoke.mutationOptions());
  const revoked = apiKey.revokedAt !== null;

  const onRevoke = () =>
    revoke.mutate(
      { id: apiKey.id },
      {
        onSuccess: () => {
          setConfirming(false);
          toast.success(t.revokedToast(apiKey.name));
          void queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey() });
        },
      },
    );

  return (
    <li className={`px-4 py-3 ${revoked ? "opacity-60" : ""}`} data-testid="api-key-row">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-medium text-zinc-100">{apiKey.name}</p>
          <p className="font-mono text-xs text-zinc-400" aria-label={t.columns.key}>
            {apiKey.prefix}…
          </p>
        </div>
        <dl className="grid grid-cols-3 gap-x-6 text-xs">
          <Detail label={t.columns.created} value={formatDate(apiKey.createdAt, t.locale)} />
          <Detail label={t.columns.lastUsed} value={apiKey.lastUsedAt ? formatDate(apiKey.lastUsedAt, t.locale) : t.never} />
          <Detail
            label={t.columns.status}
            value={revoked ? <span className="text-red-300">{t.revokedOn(formatDate(apiKey.revokedAt!, t.locale))}</span> : <span className="text-emerald-300">{t.active}</span>}
          />
        </dl>
        {!revoked && !confirming ? (
          <Button type="button" variant="secondary" onClick={() => setConfirming(true)} aria-label={`${t.revoke}: ${apiKey.name}`}>
            {t.revoke}
          </Button>
        ) : null}
      </div>
      {confirming && !revoked ? (
        <div role="alertdialog" aria-label={t.revoke} className="mt-3 flex flex-col gap-3 rounded-lg border border-red-900 bg-red-950/40 p-3 sm:flex-row sm:items-center">
          <p className="flex-1 text-sm text-red-200">{t.revokeConfirm(apiKey.name)}</p>
          <div className="flex gap-2">
            <Button type="button" variant="ghost" onClick={() => setConfirming(false)} disabled={revoke.isPending}>
              {t.cancel}
            </Button>
            <Button type="button" onClick={onRevoke} disabled={revoke.isPending} className="!bg-red-500 hover:!bg-red-400">
              {revoke.isPending ? t.revoking : t.revokeYes}
            </Button>
          </div>
        </div>
      ) : null}
      {revoke.error ? <p role="alert" className="mt-2 text-sm text-red-400">{revoke.error.message}</p> : null}
    </li>
  );
}

function Detail({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <dt className="text-zinc-500">{label}</dt>
      <dd className="mt-0.5 text-zinc-300">{value}</dd>
    </div>
  );
}
