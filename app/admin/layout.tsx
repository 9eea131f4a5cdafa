import { AdminNav } from "@/components/admin/admin-nav";
import { LanguageProvider } from "@/components/i18n/language-provider";
import { AppHeader } from "@/components/layout/app-header";
import { requireStaff } from "./_lib/require-staff";

export const dynamic = "force-dynamic";
export const metadata = { title: { template: "%s · Admin · Nellia Prospector", default: "Admin · Nellia Prospector" } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const member = await requireStaff();
  return (
    <LanguageProvider language={member.language}>
      <div className="flex min-h-screen flex-col" lang="en">
        <AppHeader member={member} />
        <div className="border-b border-zinc-800 bg-zinc-950/60">
          <div className="mx-auto flex max-w-7xl items-center gap-4 px-6">
            <span className="rounded bg-amber-500/15 px-1.5 py-0.5 text-[11px] font-semibold uppercase tracking-wide text-amber-300">Staff</span>
            <AdminNav />
          </div>
        </div>
        <main className="mx-auto w-full max-w-7xl flex-1 space-y-6 px-6 py-6">{children}</main>
      </div>
    </LanguageProvider>
  );
}
