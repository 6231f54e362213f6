// The extractor build: bump when src/text or src/stance change what claims come out, so the cron re-extracts.
export const EXTRACTOR_BUILD = "extractor-2026-12-07.273";
