// Reads a Blob in tests (jsdom's Blob has no text() or arrayBuffer()).
export function readBlob(blob: Blob, as: "text"): Promise<string>;
export function readBlob(blob: Blob, as: "buffer"): Promise<ArrayBuffer>;
export function readBlob(blob: Blob, as: "text" | "buffer"): Promise<string | ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as string | ArrayBuffer);
    r.onerror = () => reject(r.error);
    if (as === "text") r.readAsText(blob);
    else r.readAsArrayBuffer(blob);
  });
}
