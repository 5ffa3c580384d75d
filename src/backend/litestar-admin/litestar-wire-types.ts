// Wire shapes of litestar-admin 0.1.1 as the server actually sends them
// (../shared/protocol/litestar-admin.md §3–§13). Only the adapter and the reference face use these.

export interface LitestarTokenResponse {
  access_token: string;
  refresh_token: string;
  /** "bearer" (JWT backend) | "session" (session backend). */
  token_type: string;
  /** Seconds as a STRING ("3600"); null for the session backend. Numbers are tolerated. */
  expires_in: string | number | null;
}

export interface LitestarMe {
  id: string | number;
  email: string;
  roles: string[];
  permissions: string[];
}

export interface LitestarConfigResponse {
  title: string;
  debug: boolean;
  theme: "dark" | "light";
  dev_credentials: { email: string; password: string; role: string }[];
  oauth_providers: { name: string; display_name: string; login_url: string }[];
}

export interface LitestarModelInfo {
  name: string;
  model_name: string;
  icon: string;
  category: string | null;
  can_create: boolean;
  can_edit: boolean;
  can_delete: boolean;
  can_view_details: boolean;
}

export type LitestarType = "string" | "integer" | "number" | "boolean" | "object" | "array";

export interface LitestarRelationshipConfig {
  relatedModel: string;
  displayField: string | null;
  foreignKey: string;
  multiple: boolean;
}

export interface LitestarFileConfig {
  maxSize: number;
  allowedExtensions: string[];
  multiple: boolean;
}

export interface LitestarProperty {
  title?: string;
  type?: LitestarType | "null" | (LitestarType | "null")[];
  format?: string;
  enum?: string[];
  maxLength?: number;
  default?: unknown;
  readOnly?: boolean;
  description?: string;
  widget?: string;
  relationshipConfig?: LitestarRelationshipConfig;
  fileConfig?: LitestarFileConfig;
}

export interface LitestarFieldset {
  title: string;
  description?: string;
  fields: string[];
  collapsed?: boolean;
  collapsible?: boolean;
}

export interface LitestarModelSchema {
  type: "object";
  title: string;
  properties: Record<string, LitestarProperty>;
  required?: string[];
  fieldsets?: LitestarFieldset[];
}

export interface LitestarListResponse {
  items: Record<string, unknown>[];
  total: number;
  offset: number;
  limit: number;
}

export interface LitestarRelationshipItem {
  id: string | number;
  label: string;
  data: Record<string, unknown> | null;
}

export interface LitestarRelationshipResponse {
  items: LitestarRelationshipItem[];
  total: number;
  has_more: boolean;
}

export interface LitestarDeleteResponse {
  success: boolean;
  message: string;
}

export interface LitestarBulkDeleteResponse {
  deleted: number;
  success: boolean;
}

export interface LitestarBulkActionResponse {
  success: boolean;
  affected: number;
  result: Record<string, unknown>;
}

export interface LitestarWidgetData {
  id: string;
  type: string;
  title: string;
  data: Record<string, unknown>;
  config: Record<string, unknown>;
}

export interface LitestarDashboardStats {
  models: { name: string; model_name: string; count: number; icon: string; category: string | null }[];
  total_records: number;
  total_models: number;
  widgets: LitestarWidgetData[];
}

export interface LitestarActivityEntry {
  action: string;
  model: string;
  record_id: string | null;
  timestamp: string;
  user: string | null;
  details: Record<string, { old: unknown; new: unknown }>;
}

/** Litestar's JSON error envelope (§14.1). */
export interface LitestarErrorBody {
  status_code: number;
  detail: string;
  extra?: { message: string; key: string; source: string }[];
}
