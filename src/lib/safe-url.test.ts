import { describe, expect, it } from "vitest";
import { MAX_URL_LENGTH, safeUrl, stripUrlNoise } from "./safe-url.ts";

const BASE = "https://app.example/admin/r/products";
const link = (input: unknown) => safeUrl(input, { use: "link", base: BASE });
const image = (input: unknown) => safeUrl(input, { use: "image", base: BASE });
/** Without a base: relative references have nothing to resolve against. */
const bareLink = (input: unknown) => safeUrl(input, { use: "link" });
const bareImage = (input: unknown) => safeUrl(input, { use: "image" });

const PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

describe("safeUrl: script and other hostile URLs are refused for every use", () => {
  it.each<[string, string]>([
    ["plain", "javascript:alert(1)"],
    ["tab inside the scheme", "java\tscript:alert(1)"],
    ["LF inside the scheme", "java\nscript:alert(1)"],
    ["CR inside the scheme", "java\rscript:alert(1)"],
    ["CRLF and tabs all through", "j\ta\r\nv\ta\ns\rc\tr\ni\tp\tt\n:alert(1)"],
    ["tab before the colon", "javascript\t:alert(1)"],
    ["leading space", " javascript:alert(1)"],
    ["leading C0 controls", "\u0000\u0001\u0008\u001f javascript:alert(1)"],
    ["trailing C0 controls and spaces", "javascript:alert(1)\u0000 \u001f "],
    ["upper case", "JAVASCRIPT:alert(1)"],
    ["mixed case", "JaVaScRiPt:alert(1)"],
    ["mixed case with a tab", "JaVa\tScRiPt:alert(1)"],
    ["percent-encoded body", "javascript:%61lert(1)"],
    ["percent-encoded newline (the // is not a host)", "javascript://%0Aalert(1)"],
    ["vbscript", "vbscript:msgbox(1)"],
    ["VBScript mixed case", "VbScRiPt:msgbox(1)"],
    ["data:text/html", "data:text/html,<script>alert(1)</script>"],
    ["data:text/html base64", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="],
    ["data:image/svg+xml (SVG can carry script)", "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"],
    ["data:image/svg+xml base64", "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+"],
    ["data: with a percent-encoded media type", "data:image%2Fpng;base64,AAAA"],
    ["data: without a comma", "data:image/png"],
    ["data: with no media type", "data:,hello"],
    ["blob:", "blob:https://app.example/8e3a0a6c-5f0b-4f35-9b1e-1a2b3c4d5e6f"],
    ["file:", "file:///etc/passwd"],
    ["ftp:", "ftp://files.example/x"],
    ["filesystem:", "filesystem:https://app.example/temporary/x"],
    ["about:", "about:blank"],
    ["unparsable host", "https://[::1"],
  ])("%s: %j", (_name, input) => {
    expect(link(input)).toBeNull();
    expect(image(input)).toBeNull();
  });
});

describe("safeUrl: text that only looks like a script URL stays a harmless relative path", () => {
  // The browser does not decode entities in an attribute set from script, nor percent-escapes
  // in a scheme: these are paths below the base, never javascript: URLs.
  it.each<[string, string, string]>([
    ["HTML entity for the colon", "javascript&#58;alert(1)", "https://app.example/admin/r/javascript&#58;alert(1)"],
    ["named entity for the colon", "javascript&colon;alert(1)", "https://app.example/admin/r/javascript&colon;alert(1)"],
    ["HTML entity for the first letter", "&#x6A;avascript:alert(1)", "https://app.example/admin/r/&#x6A;avascript:alert(1)"],
    ["entity for a tab inside the scheme", "jav&#x09;ascript:alert(1)", "https://app.example/admin/r/jav&#x09;ascript:alert(1)"],
    ["percent-encoded colon", "javascript%3Aalert(1)", "https://app.example/admin/r/javascript%3Aalert(1)"],
    ["percent-encoded first letter", "%6Aavascript:alert(1)", "https://app.example/admin/r/%6Aavascript:alert(1)"],
    ["no-break space in front (not a C0 control)", "\u00a0javascript:alert(1)", "https://app.example/admin/r/%C2%A0javascript:alert(1)"],
    ["zero-width space inside the scheme", "java\u200bscript:alert(1)", "https://app.example/admin/r/java%E2%80%8Bscript:alert(1)"],
    ["full-width colon", "javascript\uff1aalert(1)", "https://app.example/admin/r/javascript%EF%BC%9Aalert(1)"],
    ["NUL inside the scheme", "java\u0000script:alert(1)", "https://app.example/admin/r/java%00script:alert(1)"],
  ])("%s", (_name, input, resolved) => {
    expect(link(input)).toBe(resolved);
    expect(new URL(link(input)!).protocol).toBe("https:");
    expect(bareLink(input)).toBeNull();
  });
});

describe("safeUrl: links", () => {
  it.each<[string, string]>([
    ["https://example.com", "https://example.com/"],
    ["http://example.com/a?b=1#c", "http://example.com/a?b=1#c"],
    ["HTTPS://Example.COM/Path", "https://example.com/Path"],
    ["  https://example.com/x  ", "https://example.com/x"],
    ["https://exa\tmple.com/x", "https://example.com/x"],
    ["mailto:ann@example.com", "mailto:ann@example.com"],
    ["MAILTO:ann@example.com", "mailto:ann@example.com"],
    ["tel:+46701234567", "tel:+46701234567"],
  ])("%j → %j", (input, expected) => {
    expect(link(input)).toBe(expected);
  });

  it("relative references resolve against the base given, and are refused without one", () => {
    expect(link("/files/a.pdf")).toBe("https://app.example/files/a.pdf");
    expect(link("a.pdf")).toBe("https://app.example/admin/r/a.pdf");
    expect(link("?page=2")).toBe("https://app.example/admin/r/products?page=2");
    expect(bareLink("/files/a.pdf")).toBeNull();
  });

  it("a protocol-relative reference takes the base's scheme: the same as an absolute https URL, which is allowed", () => {
    expect(link("//evil.example/x")).toBe("https://evil.example/x");
    expect(link("/\\evil.example/x")).toBe("https://evil.example/x");
    expect(bareLink("//evil.example/x")).toBeNull();
  });

  it("absolute URLs need no base", () => {
    expect(bareLink("https://example.com/x")).toBe("https://example.com/x");
    expect(bareLink("mailto:ann@example.com")).toBe("mailto:ann@example.com");
    expect(bareImage(PNG)).toBe(PNG);
    expect(bareLink("javascript:alert(1)")).toBeNull();
  });

  it("data: URLs are not links, not even images", () => {
    expect(link(PNG)).toBeNull();
  });
});

describe("safeUrl: images", () => {
  it.each(["png", "jpeg", "jpg", "gif", "webp", "avif", "bmp", "x-icon", "vnd.microsoft.icon"])("data:image/%s is a raster type", (type) => {
    expect(image(`data:image/${type};base64,AAAA`)).toBe(`data:image/${type};base64,AAAA`);
  });

  it("raster data: URLs in any case, with parameters, or without base64", () => {
    expect(image(PNG)).toBe(PNG);
    expect(image("DATA:IMAGE/PNG;base64,AAAA")).toBe("data:IMAGE/PNG;base64,AAAA");
    expect(image("data:image/png;name=a.png;base64,AAAA")).toBe("data:image/png;name=a.png;base64,AAAA");
    expect(image("data:image/gif,GIF89a")).toBe("data:image/gif,GIF89a");
    expect(image("data:image/png;base64,AA\nAA")).toBe("data:image/png;base64,AAAA");
  });

  it("http(s) images, relative ones against the base", () => {
    expect(image("https://cdn.example/a.svg")).toBe("https://cdn.example/a.svg");
    expect(image("/static/logo.svg")).toBe("https://app.example/static/logo.svg");
    expect(bareImage("/static/logo.svg")).toBeNull();
  });

  it.each(["mailto:ann@example.com", "tel:+46701234567"])("%s is a link only", (input) => {
    expect(image(input)).toBeNull();
    expect(link(input)).not.toBeNull();
  });
});

describe("safeUrl: other inputs", () => {
  it.each([undefined, null, 42, {}, ["https://example.com"], "", "   ", "\u0000\t\n"])("%j → null", (input) => {
    expect(link(input)).toBeNull();
    expect(image(input)).toBeNull();
  });

  it("a URL over the length limit is refused; one at the limit is taken", () => {
    const at = `https://example.com/${"a".repeat(MAX_URL_LENGTH - "https://example.com/".length)}`;
    expect(at).toHaveLength(MAX_URL_LENGTH);
    expect(link(at)).toBe(at);
    expect(link(`${at}a`)).toBeNull();
  });

  it("long obfuscations are refused in linear time", () => {
    const started = performance.now();
    expect(link(`java${"\t".repeat(500_000)}script:alert(1)`)).toBeNull();
    expect(link(`${" ".repeat(500_000)}javascript:alert(1)`)).toBeNull();
    expect(link(`javascript:alert(1)${"\u0000".repeat(500_000)}`)).toBeNull();
    // a long run of spaces that is not at the end: a trailing-space regex would backtrack here
    expect(stripUrlNoise(`a${" ".repeat(200_000)}b`)).toHaveLength(200_002);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("stripUrlNoise", () => {
  it("removes what the URL parser removes, and nothing else", () => {
    expect(stripUrlNoise("\u0000 \u001f j\ta\nv\ra \u0000x \u001f")).toBe("java \u0000x");
    expect(stripUrlNoise("\u00a0x\u00a0")).toBe("\u00a0x\u00a0");
  });
});
