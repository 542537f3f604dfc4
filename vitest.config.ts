import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        // Real builds, one at a time: every build of this project writes the list of MDX modules
        // to import into the shared <root>/.astro/ (Astro offers no setting to move it), so two
        // builds at once can compile each other's content.
        test: { name: "build", include: ["tests/build/**/*.test.ts"], testTimeout: 180_000, fileParallelism: false },
      },
    ],
  },
});
