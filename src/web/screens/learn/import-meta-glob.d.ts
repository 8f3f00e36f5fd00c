// The one Vite build-time API the Learn screens use, typed here rather than pulling in all of
// vite/client's global types (which would also describe CSS and asset imports nobody uses).
interface ImportMeta {
  glob<T>(
    pattern: string,
    options: { query: "?raw"; import: "default"; eager: true },
  ): Record<string, T>;
}
