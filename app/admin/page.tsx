import { AdminOverview } from "@/components/admin/admin-overview";
import { HydrateClient, getQueryClient, trpc } from "@/server/api/rsc";
import { requireStaff } from "./_lib/require-staff";

export const metadata = { title: "Overview" };
export const dynamic = "force-dynamic";

export default async function AdminOverviewPage() {
  await requireStaff();
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.admin.totals.queryOptions()),
    queryClient.prefetchQuery(trpc.admin.health.queryOptions()),
    queryClient.prefetchQuery(trpc.admin.enrichment.queryOptions({ window: "7d" })),
    queryClient.prefetchQuery(trpc.admin.pipelineTimes.queryOptions({ window: "7d" })),
  ]);
  return (
    <HydrateClient>
      <AdminOverview />
    </HydrateClient>
  );
}
