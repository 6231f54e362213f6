// Text modules bundled by wrangler's Text rule (the seed corpus for the local feed).
declare module "*.txt" {
  const text: string;
  export default text;
}
