import { Suspense } from "react";
import { SettingsSkeleton } from "@/components/settings/settings-skeleton";
import { SettingsView } from "@/components/settings/settings-view";
import { HydrateClient, getQueryClient, trpc } from "@/server/api/rsc";

export const metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.settings.workspace.queryOptions()),
    queryClient.prefetchQuery(trpc.settings.businessContext.queryOptions()),
    queryClient.prefetchQuery(trpc.settings.scoringProfile.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <Suspense fallback={<SettingsSkeleton />}>
        <SettingsView />
      </Suspense>
    </HydrateClient>
  );
}
