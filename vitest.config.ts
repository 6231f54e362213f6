// Tests: pure text and stance code in Node; the Worker, its objects and SQLite inside workerd.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: "pure", include: ["test/text/**/*.test.ts", "test/stance/**/*.test.ts", "test/cli/**/*.test.ts"], environment: "node" },
      },
    ],
  },
});
