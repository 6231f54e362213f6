// Vite's ?raw imports give a file's text (the seed corpus in the Worker tests).
declare module "*?raw" {
  const text: string;
  export default text;
}
