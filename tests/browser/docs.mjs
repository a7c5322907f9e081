// The docs page in a real headless browser (Debian's chromium, driven by playwright-core):
// every tag of the spec is rendered, one try-it-out request reaches the server and its answer is
// shown, nothing is fetched from another origin. Saves a screenshot.
// Usage: node docs.mjs ORIGIN SPEC_JSON_PATH SCREENSHOT_PATH (the reference as it opens is
// saved beside it, as *-reference.png).
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const [origin, specPath, screenshot] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specPath, "utf8"));
const tags = spec.tags.map((t) => t.name);
const operations = Object.values(spec.paths).flatMap((item) =>
  Object.values(item).filter((op) => op && op.operationId),
);

function check(condition, what) {
  if (!condition) {
    throw new Error(`docs browser test: ${what}`);
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
  const elsewhere = [];
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) {
      elsewhere.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  await page.goto(`${origin}/docs`);
  await page.waitForSelector(".opblock-tag-section", { timeout: 15000 });

  const rendered = await page.locator("h3.opblock-tag").allInnerTexts();
  for (const tag of tags) {
    check(rendered.some((text) => text.trim().startsWith(tag)), `tag ${tag} rendered (saw ${rendered})`);
  }
  const count = await page.locator(".opblock").count();
  check(count === operations.length, `${operations.length} operations rendered, saw ${count}`);
  await page.screenshot({ path: screenshot.replace(/\.png$/, "-reference.png") });

  // Try it out: list projects, against this server.
  const op = page.locator("#operations-Projects-listProjects");
  await op.locator(".opblock-summary").click();
  const tryOut = op.locator("button.try-out__btn");
  if ((await tryOut.count()) > 0 && (await tryOut.innerText()).includes("Try it out")) {
    await tryOut.click();
  }
  await op.locator("button.execute").click();
  const status = op.locator(".live-responses-table .response .response-col_status").first();
  await status.waitFor({ timeout: 15000 });
  check((await status.innerText()).trim() === "200", `try-it-out answered ${await status.innerText()}`);
  const body = await op.locator(".live-responses-table .highlight-code").first().innerText();
  check(body.includes('"projects"'), `the answer is shown: ${body.slice(0, 200)}`);
  await op.scrollIntoViewIfNeeded();

  check(elsewhere.length === 0, `nothing fetched from elsewhere, but: ${elsewhere}`);
  await page.screenshot({ path: screenshot, fullPage: false });
  console.log(`docs browser test: ok (${tags.length} tags, ${count} operations, try-it-out 200; screenshot ${screenshot})`);
} finally {
  await browser.close();
}
