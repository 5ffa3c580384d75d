import { render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { makeField, renderInput } from "../test-harness.tsx";
import { WidgetServicesProvider } from "../widget-services.tsx";
import { matchesAccept } from "./accept.ts";
import { FileInput } from "./file-input.tsx";
import { FileDisplay, ImageDisplay } from "./file-display.tsx";

function withUpload(upload: (f: File) => Promise<string>) {
  return (node: React.ReactNode) => <WidgetServicesProvider value={{ uploadFile: (f) => upload(f) }}>{node}</WidgetServicesProvider>;
}

describe("file input without an upload endpoint", () => {
  it("is a URL / text input with an image preview", async () => {
    const { user, last } = renderInput(FileInput, { label: "Avatar", field: { widget: "image" } });
    const box = screen.getByRole("textbox", { name: "Avatar" });
    await user.type(box, "https://cdn.example.com/a.png");
    expect(last()).toBe("https://cdn.example.com/a.png");
    expect(screen.getByRole("img", { name: "Preview of Avatar" })).toHaveAttribute("src", "https://cdn.example.com/a.png");
    await user.clear(box);
    expect(last()).toBeNull();
    expect(screen.queryByRole("img")).toBeNull();
  });

  it("does not preview script URLs", () => {
    renderInput(FileInput, { label: "Avatar", value: "javascript:alert(1)", field: { widget: "image" } });
    expect(screen.queryByRole("img")).toBeNull();
  });
});

describe("file input with an upload service", () => {
  it("honours accept, checks max_size_mb with a clear message, uploads and stores the URL", async () => {
    const upload = vi.fn(async (f: File) => `https://files.example.com/${f.name}`);
    const onInvalidInput = vi.fn();
    const { user, last, onChange } = renderInput(FileInput, {
      label: "Contract",
      field: { widget: "file", accept: ".pdf,image/*", max_size_mb: 1 },
      wrap: withUpload(upload),
      extra: { onInvalidInput },
    });
    const input = screen.getByLabelText("Contract") as HTMLInputElement;
    expect(input).toHaveAttribute("type", "file");
    expect(input).toHaveAttribute("accept", ".pdf,image/*");
    expect(input).toHaveAccessibleDescription(/Accepted: \.pdf,image\/\*.*Max 1 MB/);

    const big = new File([new Uint8Array(1024 * 1024 + 1)], "big.pdf", { type: "application/pdf" });
    await user.upload(input, big);
    expect(await screen.findByText(/“big\.pdf” is too large.*limit is 1 MB/)).toBeInTheDocument();
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(upload).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
    expect(onInvalidInput).toHaveBeenLastCalledWith(expect.stringMatching(/too large/));

    const ok = new File(["%PDF"], "deal.pdf", { type: "application/pdf" });
    await user.upload(input, ok);
    await waitFor(() => expect(last()).toBe("https://files.example.com/deal.pdf"));
    expect(upload).toHaveBeenCalledTimes(1);
    expect(screen.getByText("Uploaded deal.pdf")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /deal\.pdf/ })).toHaveAttribute("href", "https://files.example.com/deal.pdf");
    await user.click(screen.getByRole("button", { name: "Remove file" }));
    expect(last()).toBeNull();
  });

  it("rejects a file type outside accept", async () => {
    const upload = vi.fn(async () => "x");
    renderInput(FileInput, { label: "Photo", field: { widget: "image", accept: "image/*" }, wrap: withUpload(upload) });
    const input = screen.getByLabelText("Photo") as HTMLInputElement;
    const { fireEvent } = await import("@testing-library/react");
    fireEvent.change(input, { target: { files: [new File(["x"], "notes.txt", { type: "text/plain" })] } });
    expect(await screen.findByText(/not an accepted file type/)).toBeInTheDocument();
    expect(upload).not.toHaveBeenCalled();
  });

  it("previews a picked image through an object URL", async () => {
    const createObjectURL = vi.fn(() => "blob:preview-1");
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    try {
      const { user } = renderInput(FileInput, {
        label: "Photo",
        field: { widget: "image", accept: "image/*" },
        wrap: withUpload(async () => "https://x/p.png"),
      });
      await user.upload(screen.getByLabelText("Photo"), new File(["x"], "p.png", { type: "image/png" }));
      expect(await screen.findByRole("img", { name: "Preview of Photo" })).toHaveAttribute("src", "blob:preview-1");
    } finally {
      Reflect.deleteProperty(URL, "createObjectURL");
      Reflect.deleteProperty(URL, "revokeObjectURL");
    }
  });

  it("reports a failed upload", async () => {
    const { user } = renderInput(FileInput, {
      label: "Doc",
      field: { widget: "file" },
      wrap: withUpload(async () => {
        throw new Error("Server said no");
      }),
    });
    await user.upload(screen.getByLabelText("Doc"), new File(["x"], "a.txt", { type: "text/plain" }));
    expect(await screen.findByText("Upload of a.txt failed: Server said no")).toBeInTheDocument();
  });
});

describe("accept matching", () => {
  it("matches extensions, wildcards and exact MIME types", () => {
    expect(matchesAccept({ name: "A.PDF", type: "" }, ".pdf")).toBe(true);
    expect(matchesAccept({ name: "a.png", type: "image/png" }, "image/*")).toBe(true);
    expect(matchesAccept({ name: "a.json", type: "application/json" }, "application/json")).toBe(true);
    expect(matchesAccept({ name: "a.exe", type: "application/x-msdownload" }, "image/*,.pdf")).toBe(false);
    expect(matchesAccept({ name: "a.exe", type: "" }, undefined)).toBe(true);
  });
});

describe("file displays", () => {
  it("image: a small thumbnail with alt text in cells", () => {
    render(<ImageDisplay name="avatar" field={makeField({ widget: "image" })} value="https://cdn.example.com/u/ann.jpg" variant="cell" />);
    const img = screen.getByRole("img", { name: "Avatar: ann.jpg" });
    expect(img).toHaveAttribute("width", "32");
    expect(img).toHaveAttribute("loading", "lazy");
  });

  it("file: a link named by the file name", () => {
    render(<FileDisplay name="doc" field={makeField({ widget: "file" })} value="https://x.test/files/report%202024.pdf?sig=1" variant="cell" />);
    expect(screen.getByRole("link", { name: /report 2024\.pdf/ })).toHaveAttribute("href", "https://x.test/files/report%202024.pdf?sig=1");
  });
});
