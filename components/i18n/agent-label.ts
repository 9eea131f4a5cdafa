import type { AppLabels } from "./labels";

/** An agent's name as people read it in the workspace's language ("site-crawler" → "Site crawler"). */
export function agentLabel(labels: Pick<AppLabels, "agents">, name: string): string {
  return labels.agents[name] ?? name.charAt(0).toUpperCase() + name.slice(1).replaceAll("-", " ");
}
