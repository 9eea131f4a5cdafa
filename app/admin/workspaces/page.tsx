import { WorkspacesTable } from "@/components/admin/workspaces-table";
import { HydrateClient, getQueryClient, trpc } from "@/server/api/rsc";
import { requireStaff } from "../_lib/require-staff";

export const metadata = { title: "Workspaces" };
export const dynamic = "force-dynamic";

export default async function AdminWorkspacesPage() {
  await requireStaff();
  await getQueryClient().prefetchQuery(trpc.admin.workspaces.queryOptions({ search: "" }));
  return (
    <HydrateClient>
      <WorkspacesTable />
    </HydrateClient>
  );
}
