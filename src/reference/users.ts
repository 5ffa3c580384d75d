// Demo users of the reference backend and what each may do (Craft Easy access groups, reduced
// to what the demo needs: resources, methods, read-only and hidden fields).
export interface ResourceAccess {
  methods: string[];
  /** Fields with attribute access "read": shown read-only, writes refused with 403. */
  readonly?: string[];
  /** Fields with attribute access "none": removed from the schema and from responses. */
  hidden?: string[];
}

export interface DemoUser {
  id: string;
  email: string;
  name: string;
  scope: "system" | "partner" | "tenant";
  tenantId?: string;
  requires2fa: boolean;
  /** "all" for system users; otherwise the resources this user may see. */
  access: "all" | Record<string, ResourceAccess>;
}

export const TENANT_ID = "64b000000000000000000001";

export const DEMO_USERS: readonly DemoUser[] = [
  { id: "64a000000000000000000001", email: "admin@example.com", name: "Ada Admin", scope: "system", requires2fa: false, access: "all" },
  {
    id: "64a000000000000000000002",
    email: "editor@example.com",
    name: "Eddie Editor",
    scope: "tenant",
    tenantId: TENANT_ID,
    requires2fa: false,
    access: {
      categories: { methods: ["GET", "POST", "PATCH"] },
      products: { methods: ["GET", "POST", "PATCH", "PUT", "DELETE"], readonly: ["price"] },
      customers: { methods: ["GET", "POST", "PATCH", "PUT", "DELETE"], hidden: ["portal_password"] },
      orders: { methods: ["GET", "POST", "PATCH", "PUT", "DELETE"] },
    },
  },
  { id: "64a000000000000000000003", email: "2fa@example.com", name: "Tove Twofactor", scope: "system", requires2fa: true, access: "all" },
];

export function findUserByEmail(email: string): DemoUser | undefined {
  const e = email.trim().toLowerCase();
  return DEMO_USERS.find((u) => u.email === e);
}

export function findUserById(id: string): DemoUser | undefined {
  return DEMO_USERS.find((u) => u.id === id);
}
