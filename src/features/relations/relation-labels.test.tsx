// Label resolution on a list page: every cell asks for its own label; the data layer batches them
// into one request per related resource and never fetches a label twice.
import { render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Id } from "../../backend/types.ts";
import type { FieldSchema, ResourceSchema } from "../../protocol/types.ts";
import { useRelationLabels } from "../../data/use-relation-labels.ts";
import { RelationDisplay } from "../../widgets/relation/relation-display.tsx";
import { referenceAdapter } from "../../testing/reference-adapters.ts";
import { withWrapper } from "../../testing/data-wrapper.tsx";

function relationField(endpoint: string, label: string): FieldSchema {
  return {
    type: "string",
    widget: "relation",
    required: false,
    readonly: false,
    label,
    relation: { endpoint, label_field: "name", search_field: "name", value_field: "id" },
  };
}

const shipments: ResourceSchema = {
  endpoint: "/shipments",
  name: "shipments",
  label: "Shipment",
  label_plural: "Shipments",
  methods: ["GET"],
  list: { fields: ["customer_id", "product_id", "category_id"], search_fields: [], filter_fields: [], sort_default: "", page_size: 50 },
  form: { groups: [] },
  fields: {
    customer_id: relationField("/customers", "Customer"),
    product_id: relationField("/products", "Product"),
    category_id: relationField("/categories", "Category"),
  },
  features: { create: false, edit: false, delete: false, export: false, bulk_delete: false, duplicate: false },
};

function Cell({ field, id }: { field: string; id: Id }) {
  const { labelOf, isLoading } = useRelationLabels(shipments, field, [id]);
  return (
    <td>
      <RelationDisplay name={field} field={shipments.fields[field]!} value={id} label={labelOf(id)} pending={isLoading} variant="cell" />
    </td>
  );
}

type Row = { customer_id: Id; product_id: Id; category_id: Id };

function Table({ rows }: { rows: Row[] }) {
  return (
    <table aria-label="Shipments">
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <Cell field="customer_id" id={r.customer_id} />
            <Cell field="product_id" id={r.product_id} />
            <Cell field="category_id" id={r.category_id} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

describe("relation labels on a page of 50 rows × 3 relation columns", () => {
  it("one request per related resource, cached for the session, unknown ids raw with a warning", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const search = async (field: string, perPage: number) =>
      (await s.backend.searchRelation(shipments, field, { term: "", page: 1, perPage })).options;
    const customers = await search("customer_id", 40);
    const products = await search("product_id", 45);
    const categories = await search("category_id", 24);
    const rows: Row[] = Array.from({ length: 50 }, (_, i) => ({
      customer_id: i === 49 ? "no-such-customer" : customers[i % customers.length]!.value,
      product_id: products[i % products.length]!.value,
      category_id: categories[i % categories.length]!.value,
    }));
    s.requests.length = 0;

    const first = render(
      <s.wrapper>
        <Table rows={rows} />
      </s.wrapper>,
    );
    const table = screen.getByRole("table", { name: "Shipments" });
    await waitFor(() => expect(within(table).getAllByText(customers[0]!.label).length).toBeGreaterThan(0));
    await waitFor(() => expect(within(table).getAllByText(categories[23]!.label).length).toBeGreaterThan(0));

    const lookups = (endpoint: string) => s.listCalls(endpoint).filter((r) => r.url.searchParams.has("id__in"));
    expect(lookups("customers")).toHaveLength(1);
    expect(lookups("products")).toHaveLength(1);
    expect(lookups("categories")).toHaveLength(1);
    expect(s.requests).toHaveLength(3);
    expect(lookups("customers")[0]!.url.searchParams.get("id__in")!.split(",")).toHaveLength(41);
    expect(lookups("products")[0]!.url.searchParams.get("id__in")!.split(",")).toHaveLength(45);
    expect(lookups("categories")[0]!.url.searchParams.get("id__in")!.split(",")).toHaveLength(24);

    // the unknown id: raw, with a warning marker, never blank
    const rowsEls = within(table).getAllByRole("row");
    const lastCustomer = within(rowsEls[49]!).getAllByRole("cell")[0]!;
    expect(lastCustomer.textContent).toContain("no-such-customer");
    expect(within(lastCustomer).getByText("⚠")).toBeInTheDocument();

    // the same labels again (another page view in the session): no request at all
    first.unmount();
    render(
      <s.wrapper>
        <Table rows={rows.slice().reverse()} />
      </s.wrapper>,
    );
    expect(await screen.findAllByText(products[0]!.label)).not.toHaveLength(0);
    await new Promise((r) => setTimeout(r, 50));
    expect(s.requests).toHaveLength(3);
  });
});
