// A readable, offline page for the OpenAPI description: endpoints, parameters, and a curl line each.

type Spec = { info?: { title?: string; description?: string }; paths?: Record<string, Record<string, Operation>> };
type Operation = {
  summary?: string;
  description?: string;
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: { type?: string; enum?: string[] } }>;
  security?: unknown[];
};

const escape = (s: string) => s.replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch]!);

export function renderDocs(spec: Spec, origin: string): string {
  const sections: string[] = [];
  for (const [path, methods] of Object.entries(spec.paths ?? {})) {
    for (const [method, op] of Object.entries(methods)) {
      const params = (op.parameters ?? [])
        .map(
          (p) =>
            `<li><code>${escape(p.name)}</code> (${p.in}${p.required ? ", required" : ""})${p.schema?.enum ? `: ${p.schema.enum.map(escape).join(" | ")}` : ""}</li>`,
        )
        .join("");
      const example = path
        .replace("{id}", method === "get" && path.startsWith("/v1/parties") ? "russia" : "ID")
        .replace("{topic}", "geneva2_preconditions");
      const curl =
        method === "get"
          ? `curl -s ${origin}${example}`
          : `curl -s -X ${method.toUpperCase()} -H "Authorization: Bearer $TOKEN" -H "content-type: text/plain" --data-binary @seeds/000_8648837e7229e260.txt ${origin}${example}`;
      sections.push(`<section><h2><span class="m ${method}">${method.toUpperCase()}</span> <code>${escape(path)}</code>${op.security ? ' <span class="lock">token</span>' : ""}</h2>
<p>${escape(op.summary ?? "")}</p>${op.description ? `<p class="d">${escape(op.description)}</p>` : ""}${params ? `<ul>${params}</ul>` : ""}<pre>${escape(curl)}</pre></section>`);
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(spec.info?.title ?? "API")} – API</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}h1{font-size:1.6rem}h2{font-size:1.05rem;margin:0}
section{border:1px solid #ddd;border-radius:6px;padding:.8rem 1rem;margin:1rem 0}pre{background:#f5f5f5;padding:.5rem;overflow:auto}.m{display:inline-block;min-width:3.5rem;font-weight:700}
.get{color:#06c}.post{color:#080}.put{color:#a60}.delete{color:#c00}.lock{font-size:.75rem;background:#eee;border-radius:3px;padding:0 .3rem}.d{color:#555}</style></head>
<body><h1>${escape(spec.info?.title ?? "API")}</h1><p>${escape(spec.info?.description ?? "")}</p>
<p>Machine-readable description: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Errors are <code>application/problem+json</code>.</p>
${sections.join("\n")}</body></html>`;
}
