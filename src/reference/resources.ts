// The resources of the reference backend, as the system user sees them, plus the store rules
// behind them (unique fields, delete rules, server-generated values). schema.ts derives each
// user's AdminSchema from these; seed.ts fills them with data.
//
// Between them the fields use every widget id of the canonical list (see WIDGET_IDS).
import type { AdminSchema, FieldSchema, NavigationGroup, ResourceSchema, SelectOption } from "../protocol/types.ts";
import type { CollectionOptions, Store } from "./store/types.ts";

export const WIDGET_IDS = [
  "text", "email", "url", "password", "textarea", "number", "integer", "checkbox", "switch", "select",
  "multiselect", "radio", "date", "datetime", "time", "json", "relation", "file", "image", "color",
  "tags", "richtext", "markdown", "slider", "code",
] as const;

export interface ResourceDefinition {
  schema: ResourceSchema;
  collection: CollectionOptions;
  /** Values the server fills in on create when the body has none. */
  generate?: Record<string, (store: Store) => unknown>;
}

const FULL = ["GET", "POST", "PATCH", "PUT", "DELETE"];
const ALL_FEATURES = { create: true, edit: true, delete: true, export: true, bulk_delete: true, duplicate: true };

const field = (f: Partial<FieldSchema> & Pick<FieldSchema, "type" | "widget">): FieldSchema => ({ required: false, readonly: false, ...f });

const opt = (value: string, label: string, color?: string): SelectOption => (color ? { value, label, color } : { value, label });

export const PRODUCT_STATUSES: SelectOption[] = [opt("draft", "Draft", "#6b7280"), opt("active", "Active", "#16a34a"), opt("archived", "Archived", "#dc2626")];
export const ORDER_STATUSES: SelectOption[] = [
  opt("pending", "Pending", "#d97706"),
  opt("paid", "Paid", "#2563eb"),
  opt("shipped", "Shipped", "#7c3aed"),
  opt("delivered", "Delivered", "#16a34a"),
  opt("cancelled", "Cancelled", "#dc2626"),
  opt("refunded", "Refunded", "#6b7280"),
];
export const CUSTOMER_TIERS: SelectOption[] = [opt("bronze", "Bronze", "#b45309"), opt("silver", "Silver", "#64748b"), opt("gold", "Gold", "#ca8a04"), opt("platinum", "Platinum", "#0891b2")];
export const COUNTRIES: SelectOption[] = [
  opt("SE", "Sweden"), opt("NO", "Norway"), opt("DK", "Denmark"), opt("FI", "Finland"),
  opt("DE", "Germany"), opt("NL", "Netherlands"), opt("GB", "United Kingdom"), opt("US", "United States"),
];
export const INTERESTS: SelectOption[] = [
  opt("outdoor", "Outdoor", "#15803d"), opt("cooking", "Cooking", "#ea580c"), opt("tech", "Tech", "#2563eb"),
  opt("fashion", "Fashion", "#db2777"), opt("gaming", "Gaming", "#7c3aed"), opt("travel", "Travel", "#0891b2"),
];
export const WEBHOOK_EVENTS: SelectOption[] = [
  opt("order.created", "Order created", "#16a34a"), opt("order.updated", "Order updated", "#2563eb"),
  opt("product.updated", "Product updated", "#7c3aed"), opt("customer.created", "Customer created", "#ca8a04"),
];
export const AUDIT_OPERATIONS: SelectOption[] = [
  opt("insert", "Insert", "#16a34a"), opt("update", "Update", "#2563eb"), opt("replace", "Replace", "#7c3aed"),
  opt("delete", "Delete", "#dc2626"), opt("depersonalize", "Depersonalize", "#6b7280"),
];

const categories: ResourceDefinition = {
  collection: {
    unique: ["slug"],
    referencedBy: [
      { collection: "products", field: "category_id", onDelete: "deny" },
      { collection: "customers", field: "preferred_categories", onDelete: "nullify" },
      { collection: "categories", field: "parent_id", onDelete: "nullify" },
    ],
  },
  schema: {
    endpoint: "/categories",
    name: "categories",
    label: "Category",
    label_plural: "Categories",
    icon: "folder",
    description: "Product categories. A category that still has products cannot be deleted.",
    methods: FULL,
    list: {
      fields: ["name", "slug", "color", "is_active", "sort_order"],
      search_fields: ["name", "slug"],
      filter_fields: ["is_active", "parent_id"],
      sort_default: "sort_order",
      sort_fields: ["name", "slug", "sort_order", "created_at"],
      page_size: 25,
    },
    form: {
      groups: [
        { label: "General", fields: ["name", "slug", "description"] },
        { label: "Appearance", fields: ["color", "sort_order", "is_active"], collapsible: true },
        { label: "Hierarchy", fields: ["parent_id"], collapsible: true, collapsed: true },
      ],
    },
    fields: {
      name: field({ type: "string", widget: "text", required: true, label: "Name", min_length: 2, max_length: 60, placeholder: "e.g. Outdoor gear" }),
      slug: field({
        type: "string", widget: "text", required: true, label: "Slug", max_length: 60, pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
        placeholder: "outdoor-gear", help_text: "Lowercase letters, digits and single dashes; used in URLs. Must be unique.",
      }),
      description: field({ type: "string", widget: "textarea", label: "Description", max_length: 500 }),
      color: field({ type: "string", widget: "color", label: "Colour", pattern: "^#[0-9a-fA-F]{6}$", help_text: "Badge colour in the shop." }),
      sort_order: field({ type: "integer", widget: "integer", label: "Sort order", min: 0, max: 1000, step: 1 }),
      is_active: field({ type: "boolean", widget: "switch", label: "Active" }),
      parent_id: field({
        type: "string", widget: "relation", label: "Parent category",
        relation: { endpoint: "/categories", label_field: "name", search_field: "name", value_field: "id" },
      }),
    },
    features: ALL_FEATURES,
  },
};

const products: ResourceDefinition = {
  collection: { unique: ["sku"] },
  schema: {
    endpoint: "/products",
    name: "products",
    label: "Product",
    label_plural: "Products",
    icon: "package",
    description: "Everything the shop sells.",
    methods: FULL,
    list: {
      fields: ["sku", "name", "category_id", "price", "stock", "status", "featured"],
      search_fields: ["name", "sku"],
      filter_fields: ["status", "category_id", "price", "featured", "launch_date", "name", "tags"],
      sort_default: "name",
      sort_fields: ["name", "sku", "price", "stock", "status", "launch_date", "created_at"],
      page_size: 25,
    },
    form: {
      groups: [
        { label: "Basics", fields: ["name", "sku", "category_id", "status", "tags"] },
        { label: "Pricing & stock", fields: ["price", "stock", "featured", "rating"] },
        { label: "Content", fields: ["description", "image", "datasheet", "website"], collapsible: true },
        { label: "Technical", fields: ["specs", "launch_date"], collapsible: true, collapsed: true },
      ],
    },
    fields: {
      name: field({ type: "string", widget: "text", required: true, label: "Name", min_length: 3, max_length: 120, placeholder: "Product name" }),
      sku: field({
        type: "string", widget: "text", required: true, label: "SKU", pattern: "^[A-Z]{3}-[0-9]{4}$",
        placeholder: "ABC-1234", help_text: "Three capital letters, a dash and four digits. Must be unique.",
      }),
      category_id: field({
        type: "string", widget: "relation", required: true, label: "Category",
        relation: { endpoint: "/categories", label_field: "name", search_field: "name", value_field: "id", filters: { is_active: "true" } },
      }),
      status: field({ type: "string", widget: "select", required: true, label: "Status", options: PRODUCT_STATUSES }),
      tags: field({ type: "json", widget: "tags", label: "Tags", help_text: "Free-form keywords; press Enter after each." }),
      price: field({ type: "number", widget: "number", required: true, label: "Price (EUR)", min: 0, max: 100000, step: 0.01 }),
      stock: field({ type: "integer", widget: "integer", label: "Stock", min: 0, max: 1000000, step: 1 }),
      featured: field({ type: "boolean", widget: "checkbox", label: "Featured", help_text: "Shown on the home page." }),
      rating: field({ type: "number", widget: "slider", label: "Rating", min: 0, max: 5, step: 0.5 }),
      description: field({ type: "string", widget: "richtext", label: "Description", max_length: 20000 }),
      image: field({ type: "string", widget: "image", label: "Image", accept: "image/*", max_size_mb: 2 }),
      datasheet: field({ type: "string", widget: "file", label: "Datasheet", accept: ".pdf,application/pdf", max_size_mb: 10 }),
      website: field({ type: "string", widget: "url", label: "Product page", placeholder: "https://" }),
      specs: field({ type: "json", widget: "json", label: "Specifications", help_text: "A JSON object of technical attributes." }),
      launch_date: field({ type: "date", widget: "date", label: "Launch date", min: "2015-01-01", max: "2030-12-31" }),
    },
    features: ALL_FEATURES,
  },
};

const customers: ResourceDefinition = {
  collection: { unique: ["email"], referencedBy: [{ collection: "orders", field: "customer_id", onDelete: "deny" }] },
  schema: {
    endpoint: "/customers",
    name: "customers",
    label: "Customer",
    label_plural: "Customers",
    icon: "users",
    description: "People who buy from the shop. Holds personal data (GDPR).",
    methods: FULL,
    list: {
      fields: ["name", "email", "tier", "country", "newsletter", "last_login_at"],
      search_fields: ["name", "email"],
      filter_fields: ["tier", "country", "newsletter", "last_login_at", "preferred_categories", "name"],
      sort_default: "name",
      sort_fields: ["name", "email", "tier", "country", "last_login_at", "created_at"],
      page_size: 25,
    },
    form: {
      groups: [
        { label: "Identity", fields: ["name", "email", "phone", "birth_date"] },
        { label: "Account", fields: ["tier", "country", "portal_password", "last_login_at"] },
        { label: "Preferences", fields: ["newsletter", "preferred_categories", "interests", "contact_time"], collapsible: true },
        { label: "Notes", fields: ["website", "notes"], collapsible: true, collapsed: true },
      ],
    },
    fields: {
      name: field({ type: "string", widget: "text", required: true, label: "Full name", min_length: 2, max_length: 100, gdpr: true, gdpr_category: "identity" }),
      email: field({ type: "string", widget: "email", required: true, label: "Email", max_length: 254, placeholder: "name@example.com", gdpr: true, gdpr_category: "contact", help_text: "Must be unique." }),
      phone: field({ type: "string", widget: "text", label: "Phone", pattern: "^\\+?[0-9 ()-]{7,20}$", placeholder: "+46 70 123 45 67", gdpr: true, gdpr_category: "contact" }),
      birth_date: field({ type: "date", widget: "date", label: "Date of birth", min: "1900-01-01", max: "2010-12-31", gdpr: true, gdpr_category: "identity" }),
      tier: field({ type: "string", widget: "radio", required: true, label: "Tier", options: CUSTOMER_TIERS }),
      country: field({ type: "string", widget: "select", label: "Country", options: COUNTRIES, gdpr: true, gdpr_category: "location" }),
      portal_password: field({ type: "string", widget: "password", label: "Portal password", min_length: 8, max_length: 64, help_text: "At least 8 characters." }),
      last_login_at: field({ type: "date", widget: "datetime", readonly: true, label: "Last login" }),
      newsletter: field({ type: "boolean", widget: "checkbox", label: "Newsletter" }),
      preferred_categories: field({
        type: "json", widget: "multiselect", label: "Preferred categories",
        relation: { endpoint: "/categories", label_field: "name", search_field: "name", value_field: "id" },
      }),
      interests: field({ type: "json", widget: "multiselect", label: "Interests", options: INTERESTS }),
      contact_time: field({ type: "string", widget: "time", label: "Preferred contact time", help_text: "Local time, HH:MM." }),
      website: field({ type: "string", widget: "url", label: "Website" }),
      notes: field({ type: "string", widget: "markdown", label: "Notes", max_length: 5000, help_text: "Markdown is supported." }),
    },
    features: ALL_FEATURES,
  },
};

const orders: ResourceDefinition = {
  collection: { unique: ["number"], referencedBy: [{ collection: "orders", field: "replaces_order", onDelete: "nullify" }] },
  generate: {
    number: (store) => `ORD-${String(store.find("orders", { includeDeleted: true, limit: 0 }).total + 1).padStart(6, "0")}`,
  },
  schema: {
    endpoint: "/orders",
    name: "orders",
    label: "Order",
    label_plural: "Orders",
    icon: "shopping-cart",
    description: "Customer orders (12,000 of them in the demo data).",
    methods: FULL,
    list: {
      fields: ["number", "customer_id", "status", "total", "ordered_at", "express"],
      search_fields: ["number"],
      filter_fields: ["status", "customer_id", "total", "ordered_at", "express", "number", "product_ids"],
      sort_default: "-ordered_at",
      sort_fields: ["number", "status", "total", "quantity", "ordered_at", "shipped_on"],
      page_size: 50,
    },
    form: {
      groups: [
        { label: "Order", fields: ["number", "customer_id", "product_ids", "quantity", "total", "status", "replaces_order"] },
        { label: "Delivery", fields: ["ordered_at", "shipped_on", "express", "delivery_window"], collapsible: true },
        { label: "Notes", fields: ["notes"], collapsible: true, collapsed: true },
      ],
    },
    fields: {
      number: field({ type: "string", widget: "text", readonly: true, label: "Order number", help_text: "Assigned by the server." }),
      customer_id: field({
        type: "string", widget: "relation", required: true, label: "Customer",
        relation: { endpoint: "/customers", label_field: "name", search_field: "name", value_field: "id" },
      }),
      product_ids: field({
        type: "json", widget: "multiselect", required: true, label: "Products", min_length: 1,
        relation: { endpoint: "/products", label_field: "name", search_field: "name", value_field: "id", filters: { status: "active" } },
      }),
      quantity: field({ type: "integer", widget: "integer", required: true, label: "Quantity", min: 1, max: 100, step: 1 }),
      total: field({ type: "number", widget: "number", required: true, label: "Total (EUR)", min: 0, step: 0.01 }),
      status: field({ type: "string", widget: "select", required: true, label: "Status", options: ORDER_STATUSES }),
      ordered_at: field({ type: "date", widget: "datetime", required: true, label: "Ordered at" }),
      shipped_on: field({ type: "date", widget: "date", label: "Shipped on" }),
      express: field({ type: "boolean", widget: "switch", label: "Express delivery" }),
      delivery_window: field({ type: "string", widget: "time", label: "Delivery window starts" }),
      notes: field({ type: "string", widget: "textarea", label: "Notes", max_length: 1000, placeholder: "Anything the warehouse should know" }),
      // A self-relation into the 12,000 orders: the demo's picker over a 10,000+ row resource.
      replaces_order: field({
        type: "string", widget: "relation", label: "Replaces order", help_text: "The earlier order this one replaces, if any.",
        relation: { endpoint: "/orders", label_field: "number", search_field: "number", value_field: "id" },
      }),
    },
    features: ALL_FEATURES,
  },
};

const webhooks: ResourceDefinition = {
  collection: {},
  schema: {
    endpoint: "/webhooks",
    name: "webhooks",
    label: "Webhook",
    label_plural: "Webhooks",
    icon: "webhook",
    // in no navigation group and without sort_fields (every column sortable): the tests rely on both
    description: "Addresses the shop calls when orders and products change.",
    methods: FULL,
    list: {
      fields: ["name", "target_url", "events", "is_active", "last_delivery_at"],
      search_fields: ["name"],
      filter_fields: ["is_active"],
      sort_default: "name",
      page_size: 25,
    },
    form: {
      groups: [
        { label: "Endpoint", fields: ["name", "target_url", "secret", "is_active"] },
        { label: "Payload", fields: ["events", "payload_template", "headers", "last_delivery_at"], collapsible: true },
      ],
    },
    fields: {
      name: field({ type: "string", widget: "text", required: true, label: "Name", max_length: 80 }),
      target_url: field({ type: "string", widget: "url", required: true, label: "Target URL", placeholder: "https://hooks.example.com/..." }),
      secret: field({ type: "string", widget: "password", label: "Signing secret", min_length: 16, max_length: 128, help_text: "Used to sign each delivery (HMAC-SHA256)." }),
      is_active: field({ type: "boolean", widget: "switch", label: "Active" }),
      events: field({ type: "json", widget: "multiselect", label: "Events", options: WEBHOOK_EVENTS }),
      payload_template: field({ type: "string", widget: "code", label: "Payload template", help_text: "A Handlebars template producing JSON." }),
      headers: field({ type: "json", widget: "json", label: "Extra headers" }),
      last_delivery_at: field({ type: "date", widget: "datetime", readonly: true, label: "Last delivery" }),
    },
    features: ALL_FEATURES,
  },
};

const auditLog: ResourceDefinition = {
  collection: { audit: false },
  schema: {
    endpoint: "/audit_log",
    name: "audit_log",
    label: "Audit entry",
    label_plural: "Audit log",
    icon: "history",
    description: "Every change made through the API (read-only).",
    methods: ["GET"],
    list: {
      fields: ["created_at", "resource", "operation", "item_id", "user_name"],
      search_fields: ["user_name", "item_id"],
      filter_fields: ["resource", "operation", "created_at", "item_id", "user_id"],
      sort_default: "-created_at",
      sort_fields: ["created_at", "resource", "operation", "user_name"],
      page_size: 50,
    },
    form: { groups: [{ label: "Entry", fields: ["created_at", "resource", "item_id", "operation", "user_name", "user_id", "ip", "changes", "snapshot"] }] },
    fields: {
      created_at: field({ type: "date", widget: "datetime", readonly: true, label: "When" }),
      resource: field({
        type: "string", widget: "select", readonly: true, label: "Resource",
        options: [opt("categories", "Categories"), opt("products", "Products"), opt("customers", "Customers"), opt("orders", "Orders"), opt("webhooks", "Webhooks")],
      }),
      item_id: field({ type: "string", widget: "text", readonly: true, label: "Item id" }),
      operation: field({ type: "string", widget: "select", readonly: true, label: "Operation", options: AUDIT_OPERATIONS }),
      user_name: field({ type: "string", widget: "text", readonly: true, label: "User" }),
      user_id: field({ type: "string", widget: "text", readonly: true, label: "User id" }),
      ip: field({ type: "string", widget: "text", readonly: true, label: "IP address" }),
      changes: field({ type: "json", widget: "json", readonly: true, label: "Changes" }),
      snapshot: field({ type: "json", widget: "json", readonly: true, label: "Snapshot" }),
    },
    features: { create: false, edit: false, delete: false, export: true, bulk_delete: false, duplicate: false },
  },
};

export const RESOURCE_DEFINITIONS: readonly ResourceDefinition[] = [categories, products, customers, orders, webhooks, auditLog];

export function findDefinition(name: string): ResourceDefinition | undefined {
  return RESOURCE_DEFINITIONS.find((d) => d.schema.name === name);
}

export const NAVIGATION: NavigationGroup[] = [
  { label: "Catalog", icon: "package", resources: ["products", "categories"] },
  { label: "Sales", icon: "shopping-cart", resources: ["orders", "customers"] },
  { label: "System", icon: "settings", resources: ["audit_log"] },
];

// The logo and favicon as PNGs (64 and 32 px of the same mark): clients take only raster data:
// URLs for images, since an SVG can carry script.
const LOGO_PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAEvElEQVR4nOSbW28bRRTHz5naaW5NeSF1UovmAaQSigQCGkBFMsIpVaC2iJteJEACIT4FCChfAyEkXiqo2nTTBDUxagSoqBKXVAgV+oBEG6ehtA9trnbiPT1nVTtuHO9u7L20uz9p4/HMmXXmv7OzM397ImCDN/unX1OgBgBoLx/dALgDEdrgAYIIFvjvf/y/zfBxERSOaue6zlvVw1oFiQRFOqK5Dzj5MSJ2w0MIEc0Qqs/mCl1fTk7i6kYxGwhAKrV/5jDXPs4NfwKCAMEVAvpIm9h5kptMlUVVAhxMTh9WCF8BYgsECG71Iv85xiJolfn3CZBKzgyiom85qSCY6LpOx0ay8W9KGWUB0snZpwFXLwbtyldBtMSNfnl4Ij4lb+9daVKAxROBb7zAbeTb4WujzXBPgFR/7kPuC70QFhD3GG2W5FDiRnu+aeUf7haPQpgguEGLTY+r5WjhUOgaLyB0Ums+oxBVAkIK3/8vKiC9B0IKD4a7IwjYA2EFMaYIKQYhBYli0gO2gk88+VST8Xr5zwL4AuJ2X6e8mSPtxuEnEfCJx3ZF4Pm+5nL66r+r4Ae+9YBDR7dtmPYaXwTo3LEF9iWay+8lLXl+4IsAbw21g1JrK3FJS54feC5AB4+7yQOtVfmS1+HDmOz5J6Yz7RCNVjtxkidlXuOpAM0tCAMHW2uWS5nEeImnAgyk2qCltfZHSpnEeIlnAkR4xpEetG6cxEQ8nJ14JkDyQBtsf8T6UScxEusVngjA3yLB4JD9RkksejQUeCLAK4kW6IzZ79cSK3W8wBMBMkc3/3irp049uC7Ac3u3wq6eKGwWqSN13cZ1ATJH6l/oNFLXLq4KsLs3Cr17mqBepK6cw01cFSBjscz9+3IBrvy1Yhrj9lLZNQHE5Hihr9k0ZuT0Amin5k1jxDSRc7mFawJYXbmb/xfhwo9LxiHpRs7VCK4IsN7w2IixkQX+rhqMQ9JmuGmYuCLAesNjPfllHcbH1hotacmrhZuGieMC1DI8Kpn8fhnm59Z+qSJpyTPDLcPE8TPWMjxKEBEPftUDn+RJWS3cMkwcFcDK8BCmfi3A9LVqC1zypMwMNwwTRwWwMjwE7fR8XWWCG4aJYwLYMTyuXV2B33/J1yyXMokxw2nDxDEB7BgeZ4fNH3d2Ypw2TBwRwI7hMXdHh/PZJbBCYiTWDCcNE0cEsGN4THy3CIU8gRUSI7FmOGmYOCKAlXlRLBKMauYDXCUSK3Ua+Uy7NCyAHcPj55+W4dZN825dicRKHTOcMkwaFsCOaWG14qu3jhOGCab356xvzAAT1B9F20YRUB7CCtFthYSzEFIIcZZvAQqtANwDRACYgvAypUhXwxBS2H44YcyoU/2533hu/SyECB78L2nj8WeMxyAPBschZBCoT+W1vKYKUy8oXX1JlydCuqL3ZEMRBB3ZNKVH3im9LQtw9lz8EuCWdyHY6ETq7TPZ2B+ljPumwmfGu07yyJg2NhkGDb7ypFNKy3afqsyuWgsYOyt12CfbTSEocFuKCl7SsvHR9UWmm6e3NV1/H0n/5GHePM0vn99Z2fnFJjZPV5N6/fqrfPe8wafse9C3z/PFyvEVv8CP9jFtvPsHq3p3AQAA///75MG8AAAABklEQVQDAAuMmOXgtBhuAAAAAElFTkSuQmCC";
const FAVICON_PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAACa0lEQVR4nMRXTWgTQRT+ZvJDUsUirUpDvTZpLhVPpvTQg60K2oB68eLP0bPnIh79uXlV9Cq91SrEP6hevBTbS5W2IkIqClaoVNq67j7fW9xknRSyu002Hwz75s0k75uZb79lkjBw5nj1mNK4oqAGQShCoQe7AWGN/2MRRIsO4eHjF/1v/cPKC0ZHKbMv9eWGUrjG3QTaA5sJ3an+yE3OzSmrRuD0ieqQJvWIO3nEAAItOAqXZir9C1oSCUddiKu4gI93SGq6cXl8dZifb7hpxAvHVnRUszgudqC4QCccXE1ycAQRMVBIuc+lDxaigICCrLyAiCif2+u26FCFJJTqRgT09GqURrL/4nWsfXcQFvzKH4p89rJyzb+WtptdiEQgk1UYO7mn1pdYcrERGD/VhWxXvaDEkouFAJ8bJs42brnkVIRNCE2gNJJB74HGT4XkZKztBPyrX1my8HG57gFRxBiKwEA+hUIxXetXnv5ym4f8YNqd0zYC5fP1FW5tEV6/2sTsy0033mlOSwn4jUcwy8W3t8ltEnuQOTK35QQ84/HwzLf1/jisMQUiYBrP509//hOfxJLzEMaYAhEwjefJ9EbDHH8ujDE1JWAajwhOhGfCFGNQY2pKwDQeT3wmTDEGNaamBExB+QVnwhwLIkY1Mbb6Vb7L6ACI8E3zMc2jQ5DacgQdIyC1tQ3nPm/Gb8QNwgbp1D098/zwMmvxOmKGQ2pyunJwxX0L0t19t1kQ7xAXCPOZ/X13JXQJTE0p+6eVG+aBm5ALZPtg80JvrVu5ktSURINXyfWcX43LbGPFVl7P+UL6nhw8MK/nfwEAAP//edDdngAAAAZJREFUAwCG89kPCZcsxwAAAABJRU5ErkJggg==";

export const svgDataUrl = (svg: string): string => `data:image/svg+xml,${encodeURIComponent(svg)}`;

/** The schema root without resources (schema.ts fills those in per user). */
export const SCHEMA_ROOT: Omit<AdminSchema, "resources" | "navigation"> = {
  version: "1.0",
  title: "Atrium Demo Shop",
  auth: { login_endpoint: "/auth/login/email", refresh_endpoint: "/auth/refresh", token_header: "X-API-Key" },
  modules: { AUTH_ENABLED: true, GDPR_ENABLED: true, MULTI_TENANT_ENABLED: false, M2M_ENABLED: false, BI_EXPORT_ENABLED: false, JOBS_ENABLED: false, ACCESS_DEBUG_ENABLED: false },
  theme: { primary_color: "#4f46e5", logo_url: LOGO_PNG, favicon_url: FAVICON_PNG },
};

export function defineCollections(store: Store): void {
  for (const d of RESOURCE_DEFINITIONS) store.define(d.schema.name, d.collection);
}
