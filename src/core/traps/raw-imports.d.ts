// Vitest (through Vite) loads a file's text with a `?raw` import; the traps tests read the
// training data and the committed model this way, so that nothing under src/core needs node:fs.
declare module "*?raw" {
  const text: string;
  export default text;
}
