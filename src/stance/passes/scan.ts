// Bounded regex scans (one window of the text), shared with the keyword scan's located regexes.
export { matchesIn, type Hit } from "../../text/keywords/window";
