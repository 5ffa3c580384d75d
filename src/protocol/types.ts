// The Craft Easy admin schema protocol, exactly as ../shared/protocol/craft-easy.md §3 gives it.
// This is Atrium's native model: every dialect is translated into these types.

/** Root document returned by GET /admin/schema. */
export interface AdminSchema {
  version: string;
  title: string;
  auth: AuthConfig;
  modules: Record<string, boolean>;
  theme?: ThemeConfig;
  navigation?: NavigationGroup[];
  resources: ResourceSchema[];
}

export interface AuthConfig {
  login_endpoint: string;
  refresh_endpoint: string;
  token_header: string;
}

export interface ThemeConfig {
  primary_color: string;
  /** As sent, any URL reference; once an adapter has loaded the schema, absolute (resolve-theme-urls.ts). */
  logo_url?: string;
  favicon_url?: string;
}

export interface NavigationGroup {
  label: string;
  icon?: string;
  resources: string[];
}

/** One API collection and how the admin presents it. */
export interface ResourceSchema {
  endpoint: string;
  name: string;
  label: string;
  label_plural: string;
  icon?: string;
  description?: string;
  methods: string[];
  list: ListConfig;
  form: FormConfig;
  fields: Record<string, FieldSchema>;
  features: ResourceFeatures;
}

export interface ListConfig {
  fields: string[];
  search_fields: string[];
  filter_fields: string[];
  sort_default: string;
  sort_fields?: string[];
  page_size: number;
}

export interface FormConfig {
  groups: FormGroup[];
}

export interface FormGroup {
  label: string;
  fields: string[];
  collapsible?: boolean;
  collapsed?: boolean;
}

export interface ResourceFeatures {
  create: boolean;
  edit: boolean;
  delete: boolean;
  export: boolean;
  bulk_delete: boolean;
  duplicate: boolean;
}

/** Data type, widget, validation and display of one field. */
export interface FieldSchema {
  type: string;
  widget: string;
  required: boolean;
  readonly: boolean;
  label?: string;
  placeholder?: string;
  help_text?: string;

  min?: number | string;
  max?: number | string;
  step?: number;
  min_length?: number;
  max_length?: number;
  pattern?: string;

  options?: SelectOption[];

  relation?: RelationConfig;

  accept?: string;
  max_size_mb?: number;

  gdpr?: boolean;
  gdpr_category?: string;

  // Not in craft-easy.md §3: what a dialect adapter knows about the column (litestar-admin §7).
  /** The value a new record's form starts with (litestar-admin: the column's literal default). */
  default?: unknown;
  /** false: the server stores no null here, so a choice offers no "None". Absent: null is allowed. */
  nullable?: boolean;
}

export interface SelectOption {
  value: string;
  label: string;
  color?: string;
  icon?: string;
}

/** Relation picker for a foreign-key field. */
export interface RelationConfig {
  endpoint: string;
  label_field: string;
  search_field: string;
  value_field: string;
  filters?: Record<string, string>;
}
