import { expect, test } from "@playwright/test";
import { builtCatalog } from "./built-catalog";

const catalog = builtCatalog();
/** Error pages one test opens. */
const PAGES_PER_TEST = 25;
/** The screens on which What to do must start within the first screen. */
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

test("catalog.json is served and lists every system and error", async ({ request, baseURL }) => {
  const response = await request.get("/catalog.json");
  expect(response.status()).toBe(200);
  const served = await response.json();
  expect(served.errors).toHaveLength(catalog.errors.length);
  expect(Date.parse(served.generated)).not.toBeNaN();
  expect(served.systems.map((s: { id: string }) => s.id).sort()).toEqual(catalog.systems.map((s) => s.id).sort());
  for (const error of served.errors) {
    expect(Object.keys(error).sort()).toEqual(
      [
        "added",
        "category",
        "code",
        "description",
        "lifecycle",
        "message",
        "path",
        "status",
        "system",
        "title",
        "unused",
        "url",
      ].sort(),
    );
    expect(error.url).toBe(new URL(error.path, baseURL).href);
  }
});

for (const system of catalog.systems) {
  const errors = catalog.errors.filter((error) => error.system === system.id);

  test(`${system.id} has errors`, () => {
    expect(errors.length).toBeGreaterThan(0);
  });

  // In batches, so each test stays well inside its timeout on a slow machine and batches run in parallel.
  for (let start = 0; start < errors.length; start += PAGES_PER_TEST) {
    const batch = errors.slice(start, start + PAGES_PER_TEST);
    const range = `${start + 1}–${start + batch.length} of ${errors.length}`;
    test(`${system.id} pages ${range} show their code, title, status and What to do on the first screen`, async ({
      page,
    }) => {
      for (const error of batch) {
        await page.setViewportSize(DESKTOP);
        const response = await page.goto(error.url);
        expect(response?.status(), error.url).toBe(200);
        await expect(page.locator("main h1")).toHaveText(error.title);
        await expect(page.locator("main header").getByText(error.code, { exact: true }).first()).toBeVisible();
        if (error.status !== null) {
          await expect(page.locator("main header .facts").getByText(String(error.status)).first()).toBeVisible();
        }
        await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", error.url);
        // The answer is on the first screen, on a desktop and on a phone.
        for (const viewport of [DESKTOP, PHONE]) {
          await page.setViewportSize(viewport);
          const heading = page.locator("h2#what-to-do");
          await expect(heading, error.url).toHaveText("What to do");
          const box = await heading.boundingBox();
          expect(box, `${error.url}: What to do is laid out`).not.toBeNull();
          expect(
            box!.y + box!.height,
            `${error.url}: What to do ends at y=${box!.y + box!.height} on a ${viewport.width}x${viewport.height} screen`,
          ).toBeLessThanOrEqual(viewport.height);
        }
      }
    });
  }

  test(`every ${system.id} URL also resolves without its trailing slash`, async ({ request }) => {
    for (const error of errors) {
      const response = await request.get(error.path.replace(/\/$/, ""));
      expect(response.status(), error.path).toBe(200);
      expect(await response.text()).toContain(`<link rel="canonical" href="${error.url}"`);
    }
  });

  test(`every ${system.id} error has its JSON entry`, async ({ request }) => {
    for (const error of errors) {
      const response = await request.get(error.path.replace(/\/$/, ".json"));
      expect(response.status(), error.path).toBe(200);
      const entry = await response.json();
      expect(entry).toMatchObject({
        code: error.code,
        title: error.title,
        status: error.status,
        message: error.message,
        category: error.category,
        url: error.url,
        system: { id: system.id },
      });
      expect(JSON.stringify(entry.exampleResponse)).toContain(error.url);
    }
  });
}
