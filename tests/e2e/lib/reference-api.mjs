// Talk to the reference backend directly over HTTP in the Craft Easy dialect (craft-easy.md §4–5),
// so that tests can state what the screen must show (labels, totals, ids) from the server's own
// answers instead of hard-coding seed data.

/** The demo admin on the Craft Easy face (e-mailed code). */
export const ADMIN = { email: "admin@example.com", code: "123456" };
/** The same admin on the litestar-admin face (password login, litestar-admin.md §3.1). */
export const LITESTAR_ADMIN = { email: "admin@example.com", password: "admin" };

async function call(url, init = {}) {
  const response = await fetch(url, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${url} → ${response.status}: ${text.slice(0, 200)}`);
  return text ? JSON.parse(text) : null;
}

/** Sign in with the e-mail OTP flow; returns a client bound to the token. */
export async function referenceClient(baseUrl, { email, code } = ADMIN) {
  const json = { "Content-Type": "application/json" };
  await call(`${baseUrl}/auth/login/email`, {
    method: "POST",
    headers: json,
    body: JSON.stringify({ email, application: "e2e" }),
  });
  const { token } = await call(`${baseUrl}/auth/login/verify`, {
    method: "POST",
    headers: json,
    body: JSON.stringify({ target: email, code, application: "e2e" }),
  });
  const headers = { "X-API-Key": token };
  const schema = await call(`${baseUrl}/admin/schema`, { headers });
  const resource = (name) => {
    const found = schema.resources.find((r) => r.name === name);
    if (!found) throw new Error(`the schema has no resource "${name}"`);
    return found;
  };
  return {
    token,
    schema,
    resource,
    /** GET {endpoint}?page&per_page&… → {items, total, page, per_page}. */
    list: (name, params = {}) =>
      call(`${baseUrl}${resource(name).endpoint}?${new URLSearchParams({ page: "1", per_page: "25", ...params })}`, { headers }),
  };
}

/** The id of an item: `id`, else Mongo-style `_id` (craft-easy.md §7.2). */
export const itemId = (item) => String(item.id ?? item._id);
