import type { LoaderContext } from "astro/loaders";
import { describe, expect, it } from "vitest";
import { leanRendered, leanStore } from "../../src/data/lean-store";

const metadata = {
  headings: [{ depth: 2, slug: "causes", text: "Causes" }],
  frontmatter: { code: "E1", title: "Broken" },
  localImagePaths: [],
  remoteImagePaths: [],
};

describe("leanRendered", () => {
  it("keeps the HTML and drops metadata the site never reads", () => {
    expect(leanRendered({ html: "<p>x</p>", metadata: { ...metadata, imagePaths: [] } })).toEqual({ html: "<p>x</p>" });
    expect(leanRendered({ html: "<p>x</p>" })).toEqual({ html: "<p>x</p>" });
  });

  it("keeps the image paths render() resolves a body's images with", () => {
    const rendered = { html: '<img src="__ASTRO_IMAGE_x">', metadata: { ...metadata, imagePaths: ["./a.png"] } };
    expect(leanRendered(rendered)).toEqual({ html: rendered.html, metadata: { imagePaths: ["./a.png"] } });
  });
});

describe("leanStore", () => {
  it("stores entries with lean rendered content and passes everything else through", () => {
    const stored: unknown[] = [];
    const store = {
      set: (entry: unknown) => (stored.push(entry), true),
      has: (id: string) => id === "a.md",
    } as unknown as LoaderContext["store"];
    const lean = leanStore(store);
    lean.set({ id: "a.md", data: {}, body: "x", rendered: { html: "<p>x</p>", metadata } });
    lean.set({ id: "b.mdx", data: {}, deferredRender: true });
    expect(stored).toEqual([
      { id: "a.md", data: {}, body: "x", rendered: { html: "<p>x</p>" } },
      { id: "b.mdx", data: {}, deferredRender: true },
    ]);
    expect(lean.has("a.md")).toBe(true);
  });
});
