// Shared by the activity and dashboard tests: entries the reference backend audits, and the
// check that an activity list names every live record by its label.
import { expect } from "vitest";
import { within } from "@testing-library/react";
import type { ReferenceBackend } from "../../reference/reference-backend.ts";
import { DEMO_USERS } from "../../reference/users.ts";

const HEX24 = /[0-9a-f]{24}/i;
/** The field each seeded resource's records are named by (its relations' label_field). */
const LABEL_FIELD: Record<string, string> = { products: "name", orders: "number", customers: "name", categories: "name" };

/**
 * Audited as the admin, newest first: an order's customer moved to another, that order created
 * for an existing customer and product, and before that a category created and deleted.
 */
export function auditedOrder(reference: ReferenceBackend) {
  const { store } = reference;
  const admin = DEMO_USERS[0]!;
  const actor = { userId: admin.id, userName: admin.email, ip: "10.0.0.1" };
  const at = (msAgo: number) => ({ actor, at: new Date(Date.now() - msAgo).toISOString() });
  const [first, second] = store.find("customers", { limit: 2 }).items.map((r) => r.doc);
  const product = store.find("products", { limit: 1 }).items[0]!.doc;
  const category = store.insert("categories", { name: "Short-lived", slug: "short-lived", is_active: true }, at(120_000));
  store.remove("categories", category.id, at(90_000));
  const order = store.insert("orders", { number: "ORD-NAMES-1", customer_id: first!.id, product_ids: [product.id], quantity: 1, status: "pending", notes: "", replaces_order: null }, at(60_000));
  store.update("orders", order.id, { customer_id: second!.id }, at(0));
  return { order: order.doc, first: first!, second: second!, product };
}

/** Every entry about a live record links to it by the record's own label. */
export function expectLabelledLinks(reference: ReferenceBackend, items: HTMLElement[]) {
  for (const li of items) {
    const link = within(li).getByRole("link");
    const [, , resource, id] = (link.getAttribute("href") ?? "").split("/");
    const doc = reference.store.get(resource!, decodeURIComponent(id!))?.doc;
    expect(doc, `${resource} ${id} exists`).toBeDefined();
    expect(link.textContent).toBe(String(doc![LABEL_FIELD[resource!]!]));
    expect(li.textContent).not.toMatch(HEX24);
  }
}
