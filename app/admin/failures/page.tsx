import { FailedLeadsTable } from "@/components/admin/failed-leads-table";
import { JobsTable } from "@/components/admin/jobs-table";
import { HydrateClient, getQueryClient, trpc } from "@/server/api/rsc";
import { requireStaff } from "../_lib/require-staff";

export const metadata = { title: "Failures" };
export const dynamic = "force-dynamic";

export default async function AdminFailuresPage() {
  await requireStaff();
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.admin.failedLeads.queryOptions()),
    queryClient.prefetchQuery(trpc.admin.jobs.queryOptions({ status: "failed", limit: 50 })),
  ]);
  return (
    <HydrateClient>
      <FailedLeadsTable />
      <JobsTable status="failed" title="Failed runs" limit={50} />
    </HydrateClient>
  );
}
