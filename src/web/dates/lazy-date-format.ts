/**
 * Date formats built on first use, not when their module loads. The browser's first
 * `Intl.DateTimeFormat` loads its locale data, one of the longest pieces of work a first visit
 * does on a slow phone; made at module load, it held up the entry's early requests and made the
 * app's start one long task. `warmDateFormats` builds them while the page waits on the network.
 */
export interface LazyDateFormat {
  format(date: Date): string;
}

const unbuilt: (() => void)[] = [];
let warming = false;
let scheduled = false;

/** `warm: false` for a format seldom shown (offline only), which need not be built ahead. */
export function lazyDateFormat(
  options: Intl.DateTimeFormatOptions,
  { warm = true }: { warm?: boolean } = {},
): LazyDateFormat {
  let built: Intl.DateTimeFormat | undefined;
  const get = (): Intl.DateTimeFormat => {
    built ??= new Intl.DateTimeFormat(undefined, options);
    return built;
  };
  if (warm) {
    unbuilt.push(() => {
      // A first `format` does work of its own (the pattern for these options), so it is done too.
      get().format(0);
    });
    if (warming) warmNext();
  }
  return { format: (date) => get().format(date) };
}

function warmNext(): void {
  if (scheduled) return;
  scheduled = true;
  // One format per task: each is short on its own, so none makes the page miss a frame or input.
  setTimeout(() => {
    scheduled = false;
    const next = unbuilt.shift();
    if (next === undefined) return;
    next();
    warmNext();
  }, 0);
}

/**
 * Builds every format made so far, and any made later, one at a time between other work. Called
 * once the early requests are sent, so their start never waits on it.
 */
export function warmDateFormats(): void {
  if (warming) return;
  warming = true;
  warmNext();
}
