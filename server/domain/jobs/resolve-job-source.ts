import type { JobSource } from "@/db/schema";
import type { JobSourceInput } from "@/server/api/schemas/jobs";
import type { DomainImport } from "@/server/domain/imports/domain-import";
import { readDomainSource } from "@/server/domain/imports/read-domain-source";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";

export type ResolvedSource = { source: JobSource; import: DomainImport | null };

/** A search stays a search; every kind of domain list becomes the cleaned list of new domains. */
export async function resolveJobSource(scope: WorkspaceScope, input: JobSourceInput): Promise<ResolvedSource> {
  if (input.kind === "search") return { source: input.query ? { kind: "search", query: input.query } : { kind: "search" }, import: null };
  const imported = await readDomainSource(scope, input);
  return { source: { kind: "domains", domains: imported.domains }, import: imported };
}
