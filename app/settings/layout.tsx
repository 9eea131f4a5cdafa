import { LanguageProvider } from "@/components/i18n/language-provider";
import { AppHeader } from "@/components/layout/app-header";
import { requireMember } from "@/server/auth/require-member";

export const dynamic = "force-dynamic";

/** Signed-in only: checked here, before the loading state streams, so visitors get a real redirect. */
export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const member = await requireMember("/settings");
  return (
    <LanguageProvider language={member.language}>
      <div className="flex min-h-screen flex-col" lang={member.language}>
        <AppHeader member={member} />
        {children}
      </div>
    </LanguageProvider>
  );
}
