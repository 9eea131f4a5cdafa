import { Suspense } from "react";
import { Board } from "@/components/board/board";
import { labelsFor } from "@/components/i18n/labels";
import { LanguageProvider } from "@/components/i18n/language-provider";
import { AppHeader } from "@/components/layout/app-header";
import { HydrateClient, getQueryClient, trpc } from "@/server/api/rsc";
import { requireMember } from "@/server/auth/require-member";

export const metadata = { title: "Board" };
export const dynamic = "force-dynamic";

export default async function BoardPage() {
  const member = await requireMember("/board");
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.leads.list.queryOptions()),
    queryClient.prefetchQuery(trpc.quota.get.queryOptions()),
    queryClient.prefetchQuery(trpc.jobs.active.queryOptions()),
  ]);
  return (
    <LanguageProvider language={member.language}>
      <div className="flex h-screen flex-col" lang={member.language}>
        <AppHeader member={member} />
        <HydrateClient>
          <Suspense fallback={<p className="p-6 text-zinc-400">{labelsFor(member.language).board.loading}</p>}>
            <Board />
          </Suspense>
        </HydrateClient>
      </div>
    </LanguageProvider>
  );
}
