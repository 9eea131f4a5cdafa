import { Suspense } from "react";
import { Board } from "@/components/board/board";
import { AppHeader } from "@/components/layout/app-header";
import { HydrateClient, getQueryClient, trpc } from "@/server/api/rsc";
import { requireMember } from "@/server/auth/require-member";

export const metadata = { title: "Board" };
export const dynamic = "force-dynamic";

export default async function BoardPage() {
  const member = await requireMember("/board");
  await getQueryClient().prefetchQuery(trpc.leads.list.queryOptions());
  return (
    <div className="flex h-screen flex-col">
      <AppHeader member={member} />
      <HydrateClient>
        <Suspense fallback={<p className="p-6 text-zinc-400">Loading your board…</p>}>
          <Board />
        </Suspense>
      </HydrateClient>
    </div>
  );
}
