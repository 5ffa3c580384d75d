// Layout on a phone (375 px) and a desktop (1280 px): every screen is visited once per width in
// one page, and measured in the page for the faults seen in screenshots of the production build —
// a heading overlapped by a button or link, sideways scrolling, a document taller than its
// content (blank space to scroll into), the header's title cut short — plus one check per screen
// for its own past defect (pager rows, numbers far from their labels, cramped date filters, the
// browser's file button, an always-open listbox, the export opt-in after its columns, dialog
// buttons not at the end, dashboard cards short of the row's end).
import { dataRows, heading, rangeText, signIn } from "./lib/app.mjs";
import { assert, expectVisible } from "./lib/expect.mjs";
import { test } from "./lib/harness.mjs";
import { referenceClient } from "./lib/reference-api.mjs";

/** Runs in the page: the generic layout faults of what is on screen now, as sentences. */
function pageFaults() {
  const faults = [];
  const doc = document.documentElement;
  const SLACK = 16;
  if (doc.scrollWidth > doc.clientWidth + 1) faults.push(`the document scrolls sideways: ${doc.scrollWidth} px wide in a ${doc.clientWidth} px viewport`);

  // what the eye can see of an element: its box cut by every clipping ancestor
  const seen = (el) => {
    const style = getComputedStyle(el);
    if (style.visibility === "hidden" || style.display === "contents") return null;
    let { left, top, right, bottom } = el.getBoundingClientRect();
    if (right - left < 2 || bottom - top < 2) return null;
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX === "visible" && s.overflowY === "visible") continue;
      const r = a.getBoundingClientRect();
      left = Math.max(left, r.left);
      top = Math.max(top, r.top);
      right = Math.min(right, r.right);
      bottom = Math.min(bottom, r.bottom);
    }
    return right - left >= 2 && bottom - top >= 2 ? { left, top, right, bottom } : null;
  };

  // the document's height: nothing but visible content may hold it open
  let contentBottom = 0;
  for (const el of document.body.querySelectorAll("*")) {
    const box = seen(el);
    if (box) contentBottom = Math.max(contentBottom, box.bottom + scrollY);
  }
  if (doc.scrollHeight > Math.max(innerHeight, contentBottom) + SLACK) {
    faults.push(`the document is ${doc.scrollHeight} px tall but its content ends at ${Math.round(contentBottom)} px (blank space to scroll into)`);
  }

  // a heading's ink: its box and its text (a squeezed heading's text overflows its box)
  const inkOf = (el) => {
    const boxes = [el.getBoundingClientRect()];
    const range = document.createRange();
    range.selectNodeContents(el);
    boxes.push(...range.getClientRects());
    return boxes.filter((b) => b.width > 0 && b.height > 0);
  };
  const intersect = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
  const floating = (el) => {
    for (let a = el; a; a = a.parentElement) if (["fixed", "sticky"].includes(getComputedStyle(a).position)) return true;
    return false;
  };
  const scope = document.querySelector('[role="dialog"], [role="alertdialog"]') ?? document.body;
  const headings = [...scope.querySelectorAll('h1, h2, h3, [role="heading"]')].filter((h) => seen(h) && !floating(h));
  const controls = [...scope.querySelectorAll('button, [role="button"], a[href]')].filter((c) => seen(c) && !floating(c));
  for (const h of headings) {
    for (const c of controls) {
      if (h.contains(c) || c.contains(h)) continue;
      const box = seen(c);
      if (inkOf(h).some((ink) => intersect(ink, box))) {
        faults.push(`the heading "${h.textContent.trim()}" is overlapped by "${(c.getAttribute("aria-label") ?? c.textContent).trim()}"`);
      }
    }
  }

  // the header's home link (the app's title) is shown whole
  const home = document.querySelector('[role="banner"] a[href], header a[href]');
  if (home) {
    for (const el of [home, ...home.querySelectorAll("*")]) {
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) faults.push(`the header's title "${home.textContent.trim()}" is cut short (${el.clientWidth} of ${el.scrollWidth} px shown)`);
    }
  }
  return faults;
}

/** Measure the current screen and remember its faults under `screen`. */
async function measure(page, screen, faults, extra) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const found = await page.evaluate(pageFaults);
  if (extra) found.push(...(await extra()));
  for (const fault of found) faults.push(`${screen}: ${fault}`);
}

/** How many lines the pagination's controls sit on (controls whose middles are close share one). */
const pagerRows = (page) =>
  page.getByRole("navigation", { name: "Pagination" }).evaluate((nav) => {
    const middles = [...nav.querySelectorAll("button, select, input")].map((c) => {
      const r = c.getBoundingClientRect();
      return (r.top + r.bottom) / 2;
    });
    middles.sort((a, b) => a - b);
    return middles.filter((m, i) => i === 0 || m - middles[i - 1] > 12).length;
  });

/** Values of a definition list that start far right of their term (e.g. numbers pushed to the edge). */
const valuesFarFromLabels = (page) =>
  page.locator("main").evaluate((main) => {
    const far = [];
    for (const dd of main.querySelectorAll("dd")) {
      const dt = dd.previousElementSibling;
      if (dt?.tagName !== "DT") continue;
      // where the text itself starts (a block inside the value spans the whole width)
      const text = [];
      const walker = document.createTreeWalker(dd, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        text.push(...[...range.getClientRects()].filter((r) => r.width > 0));
      }
      if (text.length === 0) continue;
      const start = Math.min(...text.map((r) => r.left));
      const labelStart = dt.getBoundingClientRect().left;
      if (start - labelStart > 32) far.push(`"${dd.textContent.trim()}" starts ${Math.round(start - labelStart)} px right of its label "${dt.textContent.trim()}"`);
    }
    return far;
  });

/** Date and time inputs narrower than the text they show ("mm/dd/yyyy, --:-- --"). */
const crampedDateInputs = (page) =>
  page.locator("main").evaluate((main) => {
    const canvas = document.createElement("canvas").getContext("2d");
    const sample = { date: "mm/dd/yyyy", "datetime-local": "mm/dd/yyyy, --:-- --", time: "--:-- --" };
    const cramped = [];
    for (const input of main.querySelectorAll('input[type="date"], input[type="datetime-local"], input[type="time"]')) {
      const style = getComputedStyle(input);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      // the text, the calendar button and the padding
      const needed = canvas.measureText(sample[input.type]).width + 2 * Number.parseFloat(style.fontSize) + Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight);
      if (input.clientWidth < needed) cramped.push(`the ${input.type} input "${input.getAttribute("aria-label")}" is ${input.clientWidth} px wide, its text needs ${Math.round(needed)} px`);
    }
    return cramped;
  });

async function visitEveryScreen(page, env, width) {
  const api = await referenceClient(env.referenceUrl);
  const { items: [order] } = await api.list("orders", { per_page: "1" });
  await page.setViewportSize({ width, height: width < 700 ? 740 : 860 });
  const faults = [];
  const h1 = page.getByRole("heading", { level: 1 });
  const go = async (path, ready) => {
    await page.goto(`${env.appUrl}${path}`);
    await expectVisible(ready, 20_000);
  };

  await page.goto(`${env.appUrl}dashboard`);
  await expectVisible(page.getByRole("button", { name: "Sign in", exact: true }), 20_000);
  await measure(page, "sign-in", faults);
  await signIn(page, undefined, { until: heading(page, "Dashboard") });

  const cardsShort = async () => {
    const list = page.getByRole("main").getByRole("list").filter({ has: page.getByRole("link", { name: /^Orders/ }) }).first();
    const gap = await list.evaluate((ul) => ul.getBoundingClientRect().right - Math.max(...[...ul.children].map((li) => li.getBoundingClientRect().right)));
    return gap > 2 ? [`the record cards stop ${Math.round(gap)} px short of the row's end`] : [];
  };
  await expectVisible(page.getByRole("link", { name: /^Orders/ }).first());
  await measure(page, "dashboard", faults, cardsShort);
  if (width >= 1280) {
    // wide screens: the grid leaves no empty tracks
    await page.setViewportSize({ width: 1920, height: 1000 });
    await measure(page, "dashboard at 1920 px", faults, cardsShort);
    await page.setViewportSize({ width, height: 860 });
  }

  await go("r/orders", rangeText(page));
  await measure(page, "list", faults, async () => ((await pagerRows(page)) > 2 ? [`the pagination's controls wrap into ${await pagerRows(page)} rows`] : []));
  await page.getByRole("button", { name: /^Filters/ }).click();
  await expectVisible(page.getByRole("group", { name: "Filters" }));
  await measure(page, "list with filters open", faults, () => crampedDateInputs(page));

  // a page of 2,000 rows is virtualised: rows show (also as cards) and no blank space follows
  await go("r/customers?per_page=2000", rangeText(page));
  const rowsShow = await expectVisible(dataRows(page).first()).then(
    () => [],
    () => ["no row shows"],
  );
  await measure(page, "list of 2,000 rows", faults, () => rowsShow);
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const exportDialog = page.getByRole("dialog");
  await expectVisible(exportDialog);
  await measure(page, "export dialog", faults, async () => {
    const optIn = exportDialog.getByRole("checkbox", { name: /Include personal data/ });
    const columns = exportDialog.getByRole("group", { name: "Columns" });
    const before = await optIn.evaluate((box, group) => Boolean(box.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING), await columns.elementHandle());
    return before ? [] : ["the personal-data opt-in comes after the columns it unlocks"];
  });
  await page.keyboard.press("Escape");

  await go(`r/orders/${encodeURIComponent(order.id)}`, page.getByRole("link", { name: "Edit", exact: true }));
  await measure(page, "record show", faults, () => valuesFarFromLabels(page));

  await go(`r/orders/${encodeURIComponent(order.id)}/edit`, page.getByRole("button", { name: "Save", exact: true }));
  await measure(page, "record edit form", faults);
  // unsaved changes: the Leave/Stay dialog's buttons sit at its end, like every dialog's
  const form = page.locator("main form").first();
  await form.getByRole("spinbutton").first().fill("7");
  await page.getByRole("link", { name: "Orders", exact: true }).last().click();
  const leave = page.getByRole("dialog", { name: "Leave without saving?" });
  await expectVisible(leave);
  await measure(page, "leave dialog", faults, () =>
    leave.evaluate((dialog) => {
      const gap = dialog.getBoundingClientRect().right - Math.max(...[...dialog.querySelectorAll("button")].map((b) => b.getBoundingClientRect().right));
      return gap > 48 ? [`its buttons end ${Math.round(gap)} px before the dialog's end`] : [];
    }),
  );
  await leave.getByRole("button", { name: "Leave", exact: true }).click();
  await expectVisible(rangeText(page));

  await go("r/customers/new", page.getByRole("button", { name: "Save", exact: true }));
  await measure(page, "create form", faults, async () => {
    const open = await page.getByRole("listbox").count();
    return open > 0 ? [`${open} listbox(es) open without being asked for`] : [];
  });

  await go("r/products/import", page.getByLabel("File", { exact: true }));
  await measure(page, "import wizard", faults, async () => {
    const fileButton = await page.getByLabel("File", { exact: true }).evaluate((input) => getComputedStyle(input, "::file-selector-button").backgroundColor);
    const next = await page.getByRole("button", { name: "Next", exact: true }).evaluate((button) => getComputedStyle(button).backgroundColor);
    return fileButton === next ? [] : [`the file button is not styled as the app's buttons (${fileButton}, not ${next})`];
  });

  await go("activity", heading(page, "Activity"));
  await measure(page, "activity", faults);

  await go("no-such-page", h1);
  await measure(page, "not found", faults);

  assert(faults.length === 0, `layout faults at ${width} px:\n  ${faults.join("\n  ")}`);
}

test("layout: every screen at 375 px (phone) — no overlap, no sideways scroll, no blank space", async ({ page, env }) => {
  await visitEveryScreen(page, env, 375);
}, { timeout: 150_000 });

test("layout: the demo's header (with its Demo badge) shows the whole title at 375 px", async ({ page, startApp }) => {
  const demo = await startApp({ apiUrl: null });
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`${demo.url}dashboard`);
  await signIn(page, undefined, { until: heading(page, "Dashboard") });
  await expectVisible(page.getByRole("banner").getByText("Demo", { exact: true }));
  const faults = [];
  await measure(page, "demo dashboard", faults);
  assert(faults.length === 0, `layout faults:\n  ${faults.join("\n  ")}`);
});

test("layout: every screen at 1280 px (desktop) — no overlap, no sideways scroll, no blank space", async ({ page, env }) => {
  await visitEveryScreen(page, env, 1280);
}, { timeout: 150_000 });
