import { notFound } from "next/navigation";
import { LanguageProvider } from "@/components/i18n/language-provider";
import { AppHeader } from "@/components/layout/app-header";
import { LeadDetail } from "@/components/leads/lead-detail";
import { HydrateClient, getQueryClient, trpc } from "@/server/api/rsc";
import { requireMember } from "@/server/auth/require-member";

export const metadata = { title: "Lead" };
export const dynamic = "force-dynamic";

export default async function LeadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const member = await requireMember(`/leads/${id}`);
  const detail = await getQueryClient()
    .fetchQuery(trpc.leads.get.queryOptions({ id }))
    .catch(() => null);
  if (!detail) notFound();
  return (
    <LanguageProvider language={member.language}>
      <div className="min-h-screen" lang={member.language}>
        <AppHeader member={member} />
        <main className="mx-auto max-w-3xl">
          <HydrateClient>
            <LeadDetail leadId={id} />
          </HydrateClient>
        </main>
      </div>
    </LanguageProvider>
  );
}
