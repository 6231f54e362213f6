// Types for the Worker tests: the bindings behind `env`, and the Worker's default export.
import type { Env as WorkerEnv } from "../../src/env";

declare global {
  namespace Cloudflare {
    interface Env extends WorkerEnv {}
    interface GlobalProps {
      mainModule: typeof import("../../src/index");
      durableNamespaces: "PartyHistory" | "Directory";
    }
  }
}
