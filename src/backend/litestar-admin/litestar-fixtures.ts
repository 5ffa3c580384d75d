// The observed litestar-admin 0.1.1 responses of litestar-admin.md §18 (F1–F23), verbatim, with
// their status and content type. Used by the adapter's contract tests and by the reference face's
// tests. Paths assume base_url = /admin.

export interface LitestarFixture {
  id: string;
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** Path (and query) as the fixture gives it. */
  path: string;
  requestBody?: unknown;
  status: number;
  contentType: string;
  /** Extra response headers. */
  headers?: Record<string, string>;
  /** The raw response body, byte for byte as documented. */
  body: string;
}

const JSON_CT = "application/json";

export const F1_CONFIG: LitestarFixture = {
  id: "F1",
  method: "GET",
  path: "/admin/api/config",
  status: 200,
  contentType: JSON_CT,
  body: `{"title":"Admin","debug":false,"theme":"dark","dev_credentials":[],"oauth_providers":[]}`,
};

// The token values are elided in the document ("eyJ…"); these are real, decodable HS256-shaped
// JWTs so the adapter can read `exp` (far in the future, so no proactive refresh fires).
const ACCESS_JWT =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." +
  "eyJzdWIiOiIxIiwiZW1haWwiOiJhZG1pbkBleGFtcGxlLmNvbSIsInJvbGVzIjpbImFkbWluIl0sInBlcm1pc3Npb25zIjpbXSwidHlwZSI6ImFjY2VzcyIsImlhdCI6MTc5NTQyMjY4NywiZXhwIjo0MTAyNDQ0ODAwfQ." +
  "c2lnbmF0dXJl";
const REFRESH_JWT =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." +
  "eyJzdWIiOiIxIiwidHlwZSI6InJlZnJlc2giLCJpYXQiOjE3OTU0MjI2ODcsImV4cCI6NDEwMjQ0NDgwMH0." +
  "c2lnbmF0dXJl";

export const FIXTURE_TOKENS = { access: ACCESS_JWT, refresh: REFRESH_JWT };

export const F2_LOGIN: LitestarFixture = {
  id: "F2",
  method: "POST",
  path: "/admin/api/auth/login",
  requestBody: { email: "admin@example.com", password: "admin" },
  status: 200,
  contentType: JSON_CT,
  body: `{"access_token":"${ACCESS_JWT}","refresh_token":"${REFRESH_JWT}","token_type":"bearer","expires_in":"3600"}`,
};

export const F3_LOGIN_FAILED: LitestarFixture = {
  id: "F3a",
  method: "POST",
  path: "/admin/api/auth/login",
  requestBody: { email: "admin@example.com", password: "wrong" },
  status: 401,
  contentType: JSON_CT,
  body: `{"status_code":401,"detail":"Invalid email or password"}`,
};

export const F3_REFRESH_FAILED: LitestarFixture = {
  id: "F3b",
  method: "POST",
  path: "/admin/api/auth/refresh",
  requestBody: { refresh_token: "bogus" },
  status: 401,
  contentType: JSON_CT,
  body: `{"status_code":401,"detail":"Invalid or expired refresh token"}`,
};

export const F3_NO_BACKEND: LitestarFixture = {
  id: "F3c",
  method: "GET",
  path: "/admin/api/auth/me",
  status: 401,
  contentType: JSON_CT,
  body: `{"status_code":401,"detail":"Authentication is not configured"}`,
};

export const F4_AUTH_LOST: LitestarFixture = {
  id: "F4",
  method: "GET",
  path: "/admin/api/models",
  status: 404,
  contentType: "text/plain; charset=utf-8",
  body: "Not Found",
};

export const F5_LOGOUT: LitestarFixture = {
  id: "F5",
  method: "POST",
  path: "/admin/api/auth/logout",
  status: 200,
  contentType: JSON_CT,
  body: `{"success":true,"message":"Logged out successfully"}`,
};

export const F6_MODELS: LitestarFixture = {
  id: "F6",
  method: "GET",
  path: "/admin/api/models",
  status: 200,
  contentType: JSON_CT,
  body: `[{"name":"Author","model_name":"author","icon":"table","category":null,"can_create":true,"can_edit":true,"can_delete":true,"can_view_details":true}]`,
};

export const F7_SCHEMA: LitestarFixture = {
  id: "F7",
  method: "GET",
  path: "/admin/api/models/post/schema",
  status: 200,
  contentType: JSON_CT,
  body: `{"type":"object","title":"Post","properties":{"title":{"title":"Title","type":"string","maxLength":200},"content":{"title":"Content","type":["string","null"],"format":"textarea"},"status":{"title":"Status","type":"string","enum":["draft","published"],"default":"draft"},"published_at":{"title":"Published At","type":["string","null"],"format":"date-time"},"created_at":{"title":"Created At","type":"string","format":"date-time"},"author_id":{"title":"Author Id","type":["integer","null"],"relationshipConfig":{"relatedModel":"Author","displayField":"name","foreignKey":"author_id","multiple":false},"format":"relation"}},"required":["title"],"fieldsets":[{"title":"Main","fields":["title","content"]}]}`,
};

export const F8_LIST: LitestarFixture = {
  id: "F8",
  method: "GET",
  path: "/admin/api/models/post?offset=1&limit=2",
  status: 200,
  contentType: JSON_CT,
  body: `{"items":[{"id":2,"title":"Post 1","status":"draft","created_at":"2026-11-23T11:58:07","author_id":1}],"total":3,"offset":1,"limit":2}`,
};

export const F9_BAD_QUERY: LitestarFixture = {
  id: "F9",
  method: "GET",
  path: "/admin/api/models/post?limit=abc",
  status: 400,
  contentType: JSON_CT,
  body: `{"status_code":400,"detail":"Validation failed for GET /admin/api/models/post?limit=abc","extra":[{"message":"Expected \`int\`, got \`str\`","key":"limit","source":"query"}]}`,
};

export const F10_UNKNOWN_MODEL: LitestarFixture = {
  id: "F10a",
  method: "GET",
  path: "/admin/api/models/nope",
  status: 404,
  contentType: JSON_CT,
  body: `{"status_code":404,"detail":"Model 'nope' not found"}`,
};

export const F10_UNKNOWN_RECORD: LitestarFixture = {
  id: "F10b",
  method: "GET",
  path: "/admin/api/models/post/999",
  status: 404,
  contentType: JSON_CT,
  body: `{"status_code":404,"detail":"Record '999' not found in 'post'"}`,
};

export const F10_NON_NUMERIC_ID: LitestarFixture = {
  id: "F10c",
  method: "GET",
  path: "/admin/api/models/post/abc",
  status: 404,
  contentType: JSON_CT,
  body: `{"status_code":404,"detail":"Record 'abc' not found in 'post'"}`,
};

export const F11_NON_OBJECT_BODY: LitestarFixture = {
  id: "F11",
  method: "POST",
  path: "/admin/api/models/post",
  requestBody: [],
  status: 400,
  contentType: JSON_CT,
  body: `{"status_code":400,"detail":"Validation failed for POST /admin/api/models/post","extra":[{"message":"Expected \`object\`, got \`array\`","key":"data","source":"body"}]}`,
};

export const F12_CONSTRAINT: LitestarFixture = {
  id: "F12",
  method: "POST",
  path: "/admin/api/models/post",
  requestBody: { title: null },
  status: 500,
  contentType: JSON_CT,
  body: `{"status_code":500,"detail":"Internal Server Error"}`,
};

/** F13 has no verbatim body: the full record, now at id 77. */
export const F13_PATCH_RENAMES_PK: LitestarFixture = {
  id: "F13",
  method: "PATCH",
  path: "/admin/api/models/post/4",
  requestBody: { id: 77 },
  status: 200,
  contentType: JSON_CT,
  body: `{"id":77,"title":"Post 3","content":null,"status":"draft","published_at":null,"created_at":"2026-11-23T11:58:07","author_id":1}`,
};

export const F14_DELETE: LitestarFixture = {
  id: "F14",
  method: "DELETE",
  path: "/admin/api/models/post/3",
  status: 200,
  contentType: JSON_CT,
  body: `{"success":true,"message":"Record '3' deleted successfully"}`,
};

export const F15_UNKNOWN_RELATION: LitestarFixture = {
  id: "F15",
  method: "GET",
  path: "/admin/api/models/post/relationships/nope/search?q=a",
  status: 404,
  contentType: JSON_CT,
  body: `{"status_code":404,"detail":"Relationship 'nope' not found on model 'post'"}`,
};

export const F16_EXPORT_BAD_FORMAT: LitestarFixture = {
  id: "F16a",
  method: "GET",
  path: "/admin/api/models/post/export?format=pdf",
  status: 400,
  contentType: JSON_CT,
  body: `{"status_code":400,"detail":"Validation failed for GET /admin/api/models/post/export?format=pdf","extra":[{"message":"Invalid enum value 'pdf'","key":"format","source":"query"}]}`,
};

export const F16_EXPORT_NO_IDS: LitestarFixture = {
  id: "F16b",
  method: "POST",
  path: "/admin/api/models/post/bulk/export",
  requestBody: { ids: [], format: "csv" },
  status: 400,
  contentType: JSON_CT,
  body: `{"status_code":400,"detail":"No IDs provided for export"}`,
};

/** F17: the body is illustrative (list columns); the quirk is the `Status.draft` cells. */
export const F17_EXPORT_CSV: LitestarFixture = {
  id: "F17a",
  method: "GET",
  path: "/admin/api/models/post/export?format=csv",
  status: 200,
  contentType: "text/csv; charset=utf-8",
  headers: { "content-disposition": 'attachment; filename="post_export.csv"' },
  body: "id,title,status,created_at,author_id\r\n1,Post 0,Status.draft,2026-11-23T11:58:07,1\r\n2,Post 1,Status.published,2026-11-23T11:58:07,1\r\n",
};

export const F17_EXPORT_TRUNCATED_JSON: LitestarFixture = {
  id: "F17b",
  method: "GET",
  path: "/admin/api/models/post/export?format=json",
  status: 200,
  contentType: JSON_CT,
  headers: { "content-disposition": 'attachment; filename="post_export.json"' },
  body: "[",
};

export const F18_BULK_DELETE: LitestarFixture = {
  id: "F18a",
  method: "POST",
  path: "/admin/api/models/post/bulk/delete",
  requestBody: { ids: [999] },
  status: 200,
  contentType: JSON_CT,
  body: `{"deleted":0,"success":true}`,
};

export const F18_BULK_ACTION: LitestarFixture = {
  id: "F18b",
  method: "POST",
  path: "/admin/api/models/post/bulk/publish",
  requestBody: { ids: [1], params: {} },
  status: 200,
  contentType: JSON_CT,
  body: `{"success":true,"affected":1,"result":{"note":"x"}}`,
};

export const F19_IMPORT_PREVIEW: LitestarFixture = {
  id: "F19",
  method: "POST",
  path: "/admin/api/models/post/import/preview",
  status: 404,
  contentType: JSON_CT,
  body: `{"status_code":404,"detail":"Not Found"}`,
};

export const F20_RATE_LIMITED: LitestarFixture = {
  id: "F20",
  method: "GET",
  path: "/admin/api/models/post",
  status: 429,
  contentType: JSON_CT,
  headers: {
    "retry-after": "60",
    "x-ratelimit-limit": "3",
    "x-ratelimit-remaining": "0",
    "x-ratelimit-reset": "1795422747",
  },
  body: `{"error": "Too Many Requests", "retry_after": 60}`,
};

export const F21_DASHBOARD: LitestarFixture = {
  id: "F21",
  method: "GET",
  path: "/admin/api/dashboard/stats",
  status: 200,
  contentType: JSON_CT,
  body: `{"models":[{"name":"Author","model_name":"author","count":2,"icon":"table","category":null}],"total_records":4,"total_models":2,"widgets":[]}`,
};

export const F22_ACTIVITY: LitestarFixture = {
  id: "F22",
  method: "GET",
  path: "/admin/api/dashboard/activity",
  status: 200,
  contentType: JSON_CT,
  body: `[{"action":"update","model":"post","record_id":"1","timestamp":"2026-11-23T11:58:52.756977","user":"admin@example.com","details":{"title":{"old":"Post 0","new":"Changed"}}}]`,
};

export const F23_METHOD_NOT_ALLOWED: LitestarFixture = {
  id: "F23a",
  method: "DELETE",
  path: "/admin/api/models",
  status: 405,
  contentType: JSON_CT,
  body: `{"status_code":405,"detail":"Method Not Allowed"}`,
};

export const F23_UNKNOWN_ROUTE: LitestarFixture = {
  id: "F23b",
  method: "GET",
  path: "/admin/api/nowhere",
  status: 404,
  contentType: JSON_CT,
  body: `{"status_code":404,"detail":"Not Found"}`,
};

/** A matching Post catalog entry and an edit-mode Post schema (F7 plus the read-only PK). */
export const POST_MODEL_INFO = {
  name: "Post",
  model_name: "post",
  icon: "file-text",
  category: null,
  can_create: true,
  can_edit: true,
  can_delete: true,
  can_view_details: true,
};

export function postEditSchemaBody(): string {
  const s = JSON.parse(F7_SCHEMA.body) as { properties: Record<string, unknown> };
  s.properties = { id: { title: "Id", type: "integer", readOnly: true }, ...s.properties };
  return JSON.stringify(s);
}

export const AUTHOR_EDIT_SCHEMA = `{"type":"object","title":"Author","properties":{"id":{"title":"Id","type":"integer","readOnly":true},"name":{"title":"Name","type":"string","maxLength":100}},"required":["name"]}`;

/** Response from a fixture, byte for byte. */
export function fixtureResponse(f: LitestarFixture): Response {
  return new Response(f.body, { status: f.status, headers: { "content-type": f.contentType, ...(f.headers ?? {}) } });
}
