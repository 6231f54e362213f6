// The toolchain's floor for the end-to-end benchmark: a Worker that answers every request at once and does
// nothing else. Served the same ways as the project's Worker, it shows what the server and this machine give
// any request before the project's code runs.
export default {
  fetch: () => new Response("ok"),
};
