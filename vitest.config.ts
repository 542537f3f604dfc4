import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        // Real builds of the malformed-content fixtures: slower, two at a time on a 2-core machine.
        test: { name: "build", include: ["tests/build/**/*.test.ts"], testTimeout: 180_000, maxConcurrency: 2 },
      },
    ],
  },
});
