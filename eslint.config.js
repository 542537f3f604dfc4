import eslintPluginAstro from "eslint-plugin-astro";
import tseslint from "typescript-eslint";

export default [
  {
    ignores: [
      "dist/",
      "dist-*/",
      ".astro/",
      "node_modules/",
      "test-results/",
      "playwright-report/",
      "tests/fixtures/.build/",
      "bench-out/",
      // Types Astro generates for the benchmark's floor project (scripts/bench.ts).
      "scripts/bench/floor/.astro/",
    ],
  },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
];
