// Wires the Worker: the HTTP app, the cron, and the Durable Object classes. Nothing else.
import type { Env } from "./env";
import { createApp } from "./http/app";

const app = createApp();

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>;

export { Directory } from "./store/directory";
export { PartyHistory } from "./store/party-history";
