// The extraction benchmarks' code bundled for Node the way wrangler.toml builds the Worker (esbuild, keep_names
// off), so their figures measure the code that runs in production rather than a development loader's wrappers.
import { build } from "esbuild";

/** Bundle `entryPoint` into `outfile`, resolving imports from `root` (a checkout of this project). */
export async function bundleForNode(entryPoint, outfile, root) {
  await build({
    entryPoints: [entryPoint],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "es2022",
    keepNames: false,
    outfile,
    logLevel: "warning",
    absWorkingDir: root,
  });
}
