import { describe, expect, it, vi } from "vitest";
import type { Item, Versioned } from "../../backend/types.ts";
import { ApiError } from "../../backend/api-error.ts";
import { CAPABILITIES, FakeBackend, fakeResource } from "../../testing/fake-backend.ts";
import type { UpdateRecordInput } from "../../data/use-update-record.ts";
import { saveRecord, type SaveRecordInput } from "./save-record.ts";

const users = fakeResource("users");
const names = ["name", "id", "owner", "editor"];
const baseline: Item = { id: "a1", name: "Ada", owner: null, editor: null };
const apiError = (status: number) => new ApiError({ status, code: `HTTP_${status}`, message: `failed ${status}` });

function input(over: Partial<SaveRecordInput> = {}) {
  const backend = new FakeBackend();
  const update = vi.fn(async ({ patch }: UpdateRecordInput): Promise<Versioned> => ({ item: { ...baseline, ...patch }, version: '"2"' }));
  const create = vi.fn(async (body: Item): Promise<Versioned> => ({ item: { id: "new", ...body }, version: '"1"' }));
  const args: SaveRecordInput = {
    backend,
    resource: users,
    mode: "edit",
    recordId: "a1",
    names,
    baseline,
    mine: { ...baseline, name: "Mine" },
    version: { current: '"1"' },
    unchanged: { item: baseline, version: '"1"' },
    create,
    update,
    ...over,
  };
  return { args, backend, update, create, version: args.version };
}

describe("saveRecord", () => {
  it("creates with the filled, writable fields", async () => {
    const { args, create } = input({ mode: "create", recordId: null, mine: { id: "x", name: "New", owner: null, editor: "" } });
    expect(await saveRecord(args)).toEqual({ kind: "saved", saved: { item: { id: "new", name: "New" }, version: '"1"' } });
    expect(create).toHaveBeenCalledWith({ name: "New" });
  });

  it("updates only what changed with the version, and keeps the new version", async () => {
    const { args, update, version } = input();
    expect((await saveRecord(args)).kind).toBe("saved");
    expect(update).toHaveBeenCalledWith({ id: "a1", patch: { name: "Mine" }, version: '"1"' });
    expect(version.current).toBe('"2"');
  });

  it("sends nothing when nothing changed", async () => {
    const { args, update } = input({ mine: baseline });
    expect(await saveRecord(args)).toEqual({ kind: "saved", saved: { item: baseline, version: '"1"' } });
    expect(update).not.toHaveBeenCalled();
  });

  it("refuses an edit without an id", async () => {
    await expect(saveRecord(input({ recordId: null }).args)).rejects.toThrow("This record has no id; it cannot be saved.");
  });

  it("without ETags, looks before writing: a field I edited changed on the server is a conflict, other changes are not", async () => {
    const changed = input();
    changed.backend.capabilities.mockReturnValue({ ...CAPABILITIES, concurrency: "none" });
    changed.backend.get.mockResolvedValue({ item: { ...baseline, name: "Theirs" }, version: null });
    expect(await saveRecord(changed.args)).toMatchObject({ kind: "conflict", current: { item: { name: "Theirs" } } });
    expect(changed.update).not.toHaveBeenCalled();

    const elsewhere = input();
    elsewhere.backend.capabilities.mockReturnValue({ ...CAPABILITIES, concurrency: "none" });
    elsewhere.backend.get.mockResolvedValue({ item: { ...baseline, owner: "u9" }, version: null });
    expect((await saveRecord(elsewhere.args)).kind).toBe("saved");
    expect(elsewhere.update).toHaveBeenCalledWith({ id: "a1", patch: { name: "Mine" }, version: '"1"' });
  });

  it("a 412 is a conflict with the server's current record", async () => {
    const { args, backend, update } = input();
    update.mockRejectedValueOnce(apiError(412));
    backend.get.mockResolvedValue({ item: { ...baseline, owner: "u9" }, version: '"3"' });
    expect(await saveRecord(args)).toEqual({ kind: "conflict", current: { item: { ...baseline, owner: "u9" }, version: '"3"' } });
    expect(update).toHaveBeenCalledTimes(1);
  });

  it("a 428 retries once with the fresh version; a 412 on that retry is a conflict", async () => {
    const { args, backend, update, version } = input({ version: { current: null } });
    update.mockRejectedValueOnce(apiError(428)).mockRejectedValueOnce(apiError(412));
    backend.get.mockResolvedValueOnce({ item: baseline, version: '"5"' }).mockResolvedValueOnce({ item: baseline, version: '"6"' });
    expect(await saveRecord(args)).toEqual({ kind: "conflict", current: { item: baseline, version: '"6"' } });
    expect(update.mock.calls.map(([c]) => c.version)).toEqual([null, '"5"']);
    expect(version.current).toBe('"5"');
  });

  it("throws every other failure as it came (a second 428 too)", async () => {
    const other = input();
    other.update.mockRejectedValueOnce(apiError(422));
    await expect(saveRecord(other.args)).rejects.toMatchObject({ status: 422 });

    const twice = input();
    twice.update.mockRejectedValue(apiError(428));
    twice.backend.get.mockResolvedValue({ item: baseline, version: '"5"' });
    await expect(saveRecord(twice.args)).rejects.toMatchObject({ status: 428 });
    expect(twice.update).toHaveBeenCalledTimes(2);
  });
});
