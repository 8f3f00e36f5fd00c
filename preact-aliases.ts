// The source is React code, typed against React's types; the browser gets Preact through its
// compat layer instead, which renders the same components at about a sixth of React DOM's size
// (docs/ARCHITECTURE.md, "Preact in the browser"). The build and the unit tests share this table,
// so components are tested on what ships. The specific paths come first: an alias matches by
// prefix, and `react` would otherwise swallow `react/jsx-runtime`.
export const PREACT = [
  { find: /^react-dom\/client$/, replacement: "preact/compat/client" },
  { find: /^react-dom$/, replacement: "preact/compat" },
  { find: /^react\/jsx-runtime$/, replacement: "preact/compat/jsx-runtime" },
  { find: /^react\/jsx-dev-runtime$/, replacement: "preact/compat/jsx-dev-runtime" },
  { find: /^react$/, replacement: "preact/compat" },
];
