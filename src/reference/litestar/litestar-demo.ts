// Demo sign-in details and declared bulk actions of the reference backend's litestar-admin face.
// Small on purpose: a demo config can import it without the handler. litestar-admin has no
// discovery endpoint for bulk actions, so the adapter must be configured with these
// (`settings.bulkActions`).
import type { BulkActionInfo, DevCredential } from "../../backend/types.ts";

/** Passwords of the demo users (the same users as the Craft Easy face). */
export const LITESTAR_DEMO_PASSWORDS: Readonly<Record<string, string>> = {
  "admin@example.com": "admin",
  "editor@example.com": "editor",
  "2fa@example.com": "2fa",
};

/** What `/api/config` lists in debug mode (litestar-admin's quick-login cards). */
export const LITESTAR_DEMO_CREDENTIALS: readonly (DevCredential & { password: string; role: string })[] = [
  { email: "admin@example.com", password: "admin", role: "admin" },
  { email: "editor@example.com", password: "editor", role: "editor" },
];

/** The custom bulk actions the reference face implements, per model_name. */
export const LITESTAR_DEMO_BULK_ACTIONS: Readonly<Record<string, BulkActionInfo[]>> = {
  products: [
    { name: "activate", label: "Activate" },
    { name: "archive", label: "Archive", confirm: "Archive the selected products?", dangerous: true },
  ],
  orders: [{ name: "mark_shipped", label: "Mark as shipped", confirm: "Mark the selected orders as shipped?" }],
  categories: [{ name: "deactivate", label: "Deactivate" }],
};
