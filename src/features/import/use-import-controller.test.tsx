import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { referenceAdapter } from "../../testing/reference-adapters.ts";
import { withWrapper } from "../../testing/data-wrapper.tsx";
import { MemoryRunStore } from "./core/run-store.ts";
import { useImportController } from "./use-import-controller.ts";

describe("useImportController (no page rendered)", () => {
  it("drives upload → map → preview → run → report through its commands, counting invalid rows as skipped", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const categories = await s.backend.list(s.resource("categories"), { page: 1, perPage: 5, filters: [{ field: "is_active", op: "eq", value: true }] });
    const cat = String(categories.items[0]?.name);
    const csv = ["Name,SKU,Category,Status,Price", `Hook A,HKQ-0001,${cat},active,5`, `Hook B,HKQ-0002,${cat},active,-1`, `Hook C,HKQ-0003,${cat},active,7`].join("\n");
    const store = new MemoryRunStore();
    const { result } = renderHook(() => useImportController({ resource: s.resource("products"), store, onClose: () => {}, parseInPage: true }), { wrapper: s.wrapper });
    expect(result.current).toMatchObject({ step: "upload", canGoNext: false });

    act(() => result.current.chooseFile(new File([csv], "hook.csv", { type: "text/csv" })));
    await waitFor(() => expect(result.current.canGoNext).toBe(true));
    expect(result.current.mapping).toMatchObject({ SKU: "sku", Price: "price" });
    act(() => result.current.next());
    expect(result.current).toMatchObject({ step: "map", problems: [], canValidate: true });

    act(() => result.current.setMapping({ ...result.current.mapping, SKU: null }));
    expect(result.current.problems).toEqual(["Map a column to each required field: SKU."]);
    expect(result.current.canValidate).toBe(false);
    act(() => result.current.setMapping({ ...result.current.mapping, SKU: "sku" }));

    act(() => result.current.validate());
    await waitFor(() => expect(result.current.step).toBe("preview"));
    expect(result.current.validation).toMatchObject({ validCount: 2, invalidCount: 1 });

    act(() => result.current.startImport());
    expect(result.current.step).toBe("run");
    await waitFor(() => expect(result.current.step).toBe("report"), { timeout: 10_000 });
    expect(result.current.totals).toEqual({ status: "done", created: 2, failed: 0, skipped: 1 });
    expect(await store.list()).toEqual([]);

    act(() => result.current.importAnother());
    expect(result.current).toMatchObject({ step: "upload", table: null, report: null, file: null });
  });
});
