// Tests: pure text and stance code in Node; the Worker, its objects and SQLite inside workerd.
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export const TEST_TOKEN = "test-token-0123456789abcdef";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "pure",
          include: ["test/text/**/*.test.ts", "test/stance/**/*.test.ts", "test/cli/**/*.test.ts"],
          environment: "node",
          // (The rows run the whole extractor; on a loaded CI machine a file of them can pass 5 s.)
          testTimeout: 30000,
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                API_TOKEN: TEST_TOKEN,
                RETRY_BASE_SECONDS: "0",
                WRITES_PER_MINUTE: "100000",
                CORS_ORIGINS: "https://dash.example",
                REVIEW_TOKENS: "ana=review-token-ana-0123456789,bob=review-token-bob-0123456789",
              },
            },
          }),
        ],
        test: { name: "worker", include: ["test/worker/**/*.test.ts"], testTimeout: 30000 },
      },
      {
        // A real browser against wrangler dev: Debian's chromium (apt-get install chromium).
        test: { name: "e2e", include: ["test/e2e/**/*.test.ts"], environment: "node", testTimeout: 60000, hookTimeout: 150000 },
      },
    ],
  },
});
