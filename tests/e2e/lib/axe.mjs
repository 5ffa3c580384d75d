// Accessibility check with axe-core: inject it into the page, run the WCAG 2.0 A/AA and 2.1 AA
// rules, and fail with a readable list of violations (rule, impact, element, summary).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
let axeSource;

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa"];

/**
 * @param {import("playwright-core").Page} page
 * @param {{screen?: string, include?: string, disableRules?: string[]}} [options]
 *   screen: a name for the message; include: a CSS selector to limit the check;
 *   disableRules: rule ids to skip (say why at the call site).
 */
export async function axeCheck(page, options = {}) {
  const loaded = await page.evaluate(() => typeof window.axe?.run === "function");
  if (!loaded) {
    axeSource ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
    await page.addScriptTag({ content: axeSource });
  }
  const violations = await page.evaluate(
    async ({ tags, include, disableRules }) => {
      const rules = Object.fromEntries(disableRules.map((id) => [id, { enabled: false }]));
      const result = await window.axe.run(include ? { include: [include] } : document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
        rules,
      });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => ({
          target: node.target.map(String).join(" "),
          summary: (node.failureSummary ?? "").replace(/\s+/g, " ").trim().slice(0, 240),
        })),
      }));
    },
    { tags: AXE_TAGS, include: options.include ?? null, disableRules: options.disableRules ?? [] },
  );
  if (violations.length === 0) return;
  const lines = violations.flatMap((violation) => [
    `- ${violation.id} (${violation.impact}): ${violation.help}`,
    ...violation.nodes.slice(0, 5).map((node) => `    ${node.target}: ${node.summary}`),
    ...(violation.nodes.length > 5 ? [`    … and ${violation.nodes.length - 5} more`] : []),
  ]);
  const where = options.screen ? ` on ${options.screen}` : "";
  throw new Error(`axe found ${violations.length} accessibility violation(s)${where} at ${page.url()}:\n${lines.join("\n")}`);
}
