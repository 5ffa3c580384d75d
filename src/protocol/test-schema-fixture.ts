// A minimal valid raw schema document for protocol tests (a fresh deep copy per call).

export function rawSchemaFixture(): Record<string, unknown> & { resources: Record<string, unknown>[] } {
  return {
    version: "1.0",
    title: "Test Admin",
    auth: { login_endpoint: "/auth/login/email", refresh_endpoint: "/auth/refresh", token_header: "X-API-Key" },
    modules: { GDPR_ENABLED: true },
    navigation: [{ label: "People", icon: "users", resources: ["users"] }],
    resources: [
      {
        endpoint: "/users",
        name: "users",
        label: "User",
        label_plural: "Users",
        methods: ["GET", "POST", "PATCH", "DELETE"],
        list: { fields: ["email", "name"], search_fields: ["email"], filter_fields: ["role"], sort_default: "-created_at", page_size: 25 },
        form: { groups: [{ label: "Main", fields: ["email", "name", "role"] }] },
        fields: {
          id: { type: "string", widget: "text", required: false, readonly: true },
          email: { type: "string", widget: "email", required: true, readonly: false },
          name: { type: "string", widget: "text", required: false, readonly: false },
          role: {
            type: "string",
            widget: "select",
            required: true,
            readonly: false,
            options: [
              { value: "admin", label: "Admin" },
              { value: "user", label: "User" },
            ],
          },
          created_at: { type: "date", widget: "datetime", required: false, readonly: true },
        },
        features: { create: true, edit: true, delete: true, export: true, bulk_delete: true, duplicate: false },
      },
      {
        endpoint: "/orders",
        name: "orders",
        label: "Order",
        label_plural: "Orders",
        methods: ["GET", "POST", "PUT", "DELETE"],
        list: { fields: ["number", "customer"], search_fields: [], filter_fields: [], sort_default: "", page_size: 50 },
        form: { groups: [] },
        fields: {
          number: { type: "integer", widget: "number", required: true, readonly: false },
          customer: {
            type: "string",
            widget: "relation",
            required: true,
            readonly: false,
            relation: { endpoint: "/users", label_field: "name", search_field: "name", value_field: "id" },
          },
        },
        features: { create: true, edit: true, delete: false, export: false, bulk_delete: false, duplicate: true },
      },
    ],
  };
}
