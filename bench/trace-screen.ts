import { readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { seedFourMonths } from "../test/support/four-months.js";
import { slowDown, withSeededBrowser } from "./support/seeded-browser.js";

// Which main-thread work makes a signed-in screen block, for a person four months in: the built
// server, Chromium with the CPU slowed 4x (Lighthouse's mobile setting), a Chrome trace of one
// visit, and the long tasks (over 50 ms, what total blocking time counts) with what ran in them.
// Usage: node --import tsx bench/trace-screen.ts [/ /thoughts ...]
// Build with `npx vite build --sourcemap` beforehand to see source files and functions instead
// of minified names (the maps are read from dist/web/assets when present).

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const ASSETS = path.join(ROOT, "dist/web/assets");
const OWNER = { username: "tracer", password: "a tracing password" };
const LONG_TASK_MS = 50;
const SETTLE_MS = 4000;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
      url?: string;
      documentLoaderURL?: string;
      isLoadingMainFrame?: boolean;
    };
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber: number; columnNumber: number };
}

const maps = new Map<string, SourceMap | null>();
function sourceMapOf(url: string): SourceMap | null {
  const file = url.split("/").pop() ?? "";
  if (!maps.has(file)) {
    try {
      maps.set(
        file,
        new SourceMap(JSON.parse(readFileSync(path.join(ASSETS, `${file}.map`), "utf8"))),
      );
    } catch {
      maps.set(file, null);
    }
  }
  return maps.get(file) ?? null;
}

/** Where a frame's code came from: the source file and function when a map says so. */
function describeFrame(frame: ProfileNode["callFrame"]): { fn: string; module: string } {
  if (!frame.url) return { fn: frame.functionName || "(native)", module: "(native)" };
  const file = frame.url.split("/").pop() ?? frame.url;
  const map = sourceMapOf(frame.url);
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber);
  if (entry && "originalSource" in entry && entry.originalSource) {
    const source = entry.originalSource.replace(/^.*?(node_modules|src)\//, "$1/");
    const name = frame.functionName || "(anonymous)";
    return { fn: `${name} ${source}:${entry.originalLine + 1}`, module: source };
  }
  return {
    fn: `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}`,
    module: file,
  };
}

function top(totals: Map<string, number>, count: number): string[] {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, us]) => `${(us / 1000).toFixed(1).padStart(7)} ms  ${key}`);
}

function add(totals: Map<string, number>, key: string, us: number): void {
  totals.set(key, (totals.get(key) ?? 0) + us);
}

function analyse(events: TraceEvent[], label: string, baseUrl: string): void {
  // The renderer that loaded the screen: its main thread parsed or ran something of the server's.
  const ours = (event: TraceEvent) =>
    (event.args?.data?.url ?? event.args?.data?.documentLoaderURL ?? "").startsWith(baseUrl);
  const rendererMain = events.find(
    (event) =>
      event.name === "thread_name" &&
      event.args?.name === "CrRendererMain" &&
      events.some((other) => other.pid === event.pid && other.tid === event.tid && ours(other)),
  );
  if (!rendererMain) {
    console.log(`${label}: no renderer main thread in the trace`);
    return;
  }
  const { pid, tid } = rendererMain;
  const onMain = events.filter((event) => event.pid === pid && event.tid === tid);
  const tasks = onMain.filter(
    (event) =>
      event.ph === "X" && event.name === "RunTask" && (event.dur ?? 0) > LONG_TASK_MS * 1000,
  );
  const blocking = tasks.reduce((sum, task) => sum + (task.dur ?? 0) / 1000 - LONG_TASK_MS, 0);
  const navigation =
    onMain.find(
      (event) =>
        event.name === "navigationStart" && event.args?.data?.isLoadingMainFrame && ours(event),
    ) ?? onMain[0];
  const origin = navigation?.ts ?? 0;
  console.log(
    `\n${label}: ${tasks.length} long tasks, ${Math.round(blocking)} ms over 50 ms in all (blocking time, whole visit)`,
  );

  // The sampled profile: nodes come in chunks, each sample a node at a time.
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  // Workers are sampled too, in the same process: only the main thread's profile counts.
  const profile = events.find(
    (event) => event.name === "Profile" && event.pid === pid && event.tid === tid,
  );
  let ts = profile?.args?.data?.startTime ?? 0;
  for (const chunk of events.filter(
    (event) => event.name === "ProfileChunk" && event.pid === pid && event.id === profile?.id,
  )) {
    for (const node of chunk.args?.data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = chunk.args?.data?.cpuProfile?.samples ?? [];
    const deltas = chunk.args?.data?.timeDeltas ?? [];
    ids.forEach((node, index) => {
      ts += deltas[index] ?? 0;
      samples.push({ ts, node });
    });
  }
  samples.sort((a, b) => a.ts - b.ts);

  // Over every long task of the visit, as well as task by task (TRACE_TASKS=1): on a busy
  // machine single tasks split and merge, while the totals keep their shape.
  const allKinds = new Map<string, number>();
  const allSelf = new Map<string, number>();
  const allModules = new Map<string, number>();
  const eachTask = process.env.TRACE_TASKS === "1";
  for (const task of tasks) {
    const start = task.ts;
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter(
      (event) => event.ph === "X" && event.ts >= start && event.ts + (event.dur ?? 0) <= end,
    );
    // What kind of work: script evaluation, parse and compile, style, layout, GC.
    const kinds = new Map<string, number>();
    for (const event of inside) {
      if (
        [
          "EvaluateScript",
          "v8.evaluateModule",
          "v8.compile",
          "v8.compileModule",
          "FunctionCall",
          "TimerFire",
          "FireIdleCallback",
          "EventDispatch",
          "UpdateLayoutTree",
          "Layout",
          "Paint",
          "MajorGC",
          "MinorGC",
          "ParseHTML",
          "XHRReadyStateChange",
          "ResourceReceivedData",
          "RunMicrotasks",
        ].includes(event.name)
      ) {
        const detail = event.args?.data?.url ? ` ${event.args.data.url.split("/").pop()}` : "";
        add(kinds, `${event.name}${detail}`, event.dur ?? 0);
      }
    }
    const selfByFunction = new Map<string, number>();
    const totalByModule = new Map<string, number>();
    let previous = start;
    for (const sample of samples) {
      if (sample.ts < start || sample.ts > end) continue;
      const weight = sample.ts - previous;
      previous = sample.ts;
      const node = nodes.get(sample.node);
      if (!node) continue;
      const frame = describeFrame(node.callFrame);
      add(selfByFunction, frame.fn, weight);
      // Inclusive time per source module: each module counted once per sample on the stack.
      const seen = new Set<string>();
      for (
        let at: ProfileNode | undefined = node;
        at;
        at = at.parent ? nodes.get(at.parent) : undefined
      ) {
        const { module } = describeFrame(at.callFrame);
        if (!seen.has(module)) {
          seen.add(module);
          add(totalByModule, module, weight);
        }
      }
    }
    for (const [into, from] of [
      [allKinds, kinds],
      [allSelf, selfByFunction],
      [allModules, totalByModule],
    ] as const) {
      for (const [key, us] of from) add(into, key, us);
    }
    if (!eachTask) continue;
    console.log(
      `  task at ${((start - origin) / 1000).toFixed(0)} ms, ${((task.dur ?? 0) / 1000).toFixed(0)} ms long`,
    );
    for (const line of top(kinds, 6)) console.log(`      ${line}`);
    console.log("    self time by function:");
    for (const line of top(selfByFunction, 10)) console.log(`      ${line}`);
    console.log("    inclusive time by module:");
    for (const line of top(totalByModule, 12)) console.log(`      ${line}`);
  }
  console.log(
    `  in all long tasks (${tasks.map((task) => Math.round((task.dur ?? 0) / 1000)).join(", ")} ms):`,
  );
  for (const line of top(allKinds, 8)) console.log(`      ${line}`);
  console.log("    self time by function:");
  for (const line of top(allSelf, 15)) console.log(`      ${line}`);
  console.log("    inclusive time by module:");
  for (const line of top(allModules, 20)) console.log(`      ${line}`);
}

async function main(): Promise<void> {
  const paths =
    process.argv.slice(2).length > 0
      ? process.argv.slice(2)
      : ["/", "/thoughts", "/plan", "/insights"];
  const account = { name: "trace", owner: OWNER, seed: seedFourMonths };
  await withSeededBrowser(account, async (session) => {
    for (const screen of paths) {
      const context = await session.signedIn();
      const page = await context.newPage();
      // The main thread's work is what is traced: the network is left at full speed.
      const cdp = await slowDown(page, { network: false });
      for (const visit of ["first", "repeat"] as const) {
        const events: TraceEvent[] = [];
        // The protocol types trace events loosely; these are Chrome's trace event format.
        const collect = (data: { value: object[] }) => events.push(...(data.value as TraceEvent[]));
        cdp.on("Tracing.dataCollected", collect);
        const done = new Promise<void>((resolve) =>
          cdp.once("Tracing.tracingComplete", () => resolve()),
        );
        await cdp.send("Tracing.start", {
          traceConfig: {
            includedCategories: [
              "devtools.timeline",
              "disabled-by-default-devtools.timeline",
              "disabled-by-default-devtools.timeline.frame",
              "toplevel",
              "v8.execute",
              "v8",
              "blink.user_timing",
              "loading",
              "disabled-by-default-v8.cpu_profiler",
            ],
          },
          transferMode: "ReportEvents",
        });
        await page.goto(`${session.url}${screen}`, { waitUntil: "load" });
        await page.waitForTimeout(SETTLE_MS);
        await cdp.send("Tracing.end");
        await done;
        cdp.off("Tracing.dataCollected", collect);
        analyse(events, `${screen} ${visit} visit`, session.url);
      }
      await context.close();
    }
  });
}

await main();
