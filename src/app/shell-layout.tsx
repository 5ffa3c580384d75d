import { lazy, Suspense, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { Link } from "react-router";
import type { AdminSchema, ThemeConfig } from "../protocol/types.ts";
import { useSession } from "../features/auth/session-context.ts";
import { SessionLostGate } from "../features/auth/session-lost-gate.tsx";
import { needsSignIn } from "../features/auth/needs-sign-in.ts";
import { ColorModeToggle } from "../ui/color-mode-toggle.tsx";
import { BrandMark } from "../ui/brand-mark.tsx";
import { MainNav } from "./main-nav.tsx";
import { MobileNav } from "./mobile-nav.tsx";
import { UserMenu } from "./user-menu.tsx";
import { SchemaUpdateBanner } from "./schema-update-banner.tsx";
import { applyTheme } from "./apply-theme.ts";
import { safeUrl } from "../lib/safe-url.ts";
import { useDemo } from "./demo/demo-context.ts";
import { t } from "./messages.ts";

const DemoResetDialog = lazy(() => import("./demo/demo-reset-dialog.tsx").then((m) => ({ default: m.DemoResetDialog })));

export interface ShellLayoutProps {
  schema: AdminSchema;
  schemaUpdateAvailable?: boolean;
  onApplySchemaUpdate?: () => void;
  /** The schema is a cached copy because the server could not be reached. */
  offline?: boolean;
  children: ReactNode;
}

/** The backend's accent colour and favicon, in place before the first paint (no flash of the
 * default accent, and one style recalculation of the page, not a second one after it). */
function useTheme(theme: ThemeConfig | undefined): void {
  const key = JSON.stringify(theme ?? null);
  useLayoutEffect(() => {
    const parsed = JSON.parse(key) as ThemeConfig | null;
    return applyTheme(parsed ?? undefined);
  }, [key]);
}

/** Header (title, logo, colour mode, user menu), sidebar navigation, banner, main content. */
export function ShellLayout({ schema, schemaUpdateAvailable, onApplySchemaUpdate, offline, children }: ShellLayoutProps) {
  const session = useSession();
  const demo = useDemo();
  const [resettingDemo, setResettingDemo] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  useTheme(schema.theme);
  // absolute once loaded: the adapter resolved it against the schema document (resolve-theme-urls.ts)
  const logo = safeUrl(schema.theme?.logo_url, { use: "image" });

  return (
    <div className="shell">
      <a
        href="#main"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t("skipToContent")}
      </a>
      <header className="shell-header">
        <MobileNav schema={schema} />
        <Link to="/" className="shell-title">
          {logo ? <img src={logo} alt="" /> : <BrandMark />}
          <span>{schema.title}</span>
        </Link>
        {demo && (
          <span className="demo-badge" title={demo.persistent ? t("demoKept") : t("demoFresh")}>
            {t("demo")}
          </span>
        )}
        <span className="header-spacer" />
        <ColorModeToggle />
        {session.user && needsSignIn(session.info) && (
          <UserMenu user={session.user} onSignOut={() => void session.signOut()} {...(demo ? { onResetDemo: () => setResettingDemo(true) } : {})} />
        )}
      </header>
      <div className="shell-sidebar">
        <MainNav schema={schema} />
      </div>
      <div className="shell-banner">
        {schemaUpdateAvailable && onApplySchemaUpdate && <SchemaUpdateBanner onReload={onApplySchemaUpdate} />}
        {offline && (
          <div className="banner" role="status">
            {t("offline")}
          </div>
        )}
      </div>
      <main id="main" ref={mainRef} tabIndex={-1} className="shell-main">
        {children}
      </main>
      <SessionLostGate />
      {demo && resettingDemo && (
        <Suspense fallback={null}>
          <DemoResetDialog demo={demo} onClose={() => setResettingDemo(false)} />
        </Suspense>
      )}
    </div>
  );
}
