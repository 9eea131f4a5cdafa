import { JobsTable } from "@/components/admin/jobs-table";
import { HydrateClient, getQueryClient, trpc } from "@/server/api/rsc";
import { requireStaff } from "../_lib/require-staff";

export const metadata = { title: "Jobs" };
export const dynamic = "force-dynamic";

export default async function AdminJobsPage() {
  await requireStaff();
  await getQueryClient().prefetchQuery(trpc.admin.jobs.queryOptions({ limit: 100 }));
  return (
    <HydrateClient>
      <JobsTable />
    </HydrateClient>
  );
}
