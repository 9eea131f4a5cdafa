import { AgentsView } from "@/components/admin/agents-view";
import { HydrateClient, getQueryClient, trpc } from "@/server/api/rsc";
import { requireStaff } from "../_lib/require-staff";

export const metadata = { title: "Agents" };
export const dynamic = "force-dynamic";

export default async function AdminAgentsPage() {
  await requireStaff();
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.admin.agentPerformance.queryOptions({ window: "7d" })),
    queryClient.prefetchQuery(trpc.admin.agentTrend.queryOptions({ window: "7d" })),
    queryClient.prefetchQuery(trpc.admin.agentErrors.queryOptions({ window: "7d" })),
  ]);
  return (
    <HydrateClient>
      <AgentsView />
    </HydrateClient>
  );
}
