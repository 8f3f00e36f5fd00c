import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";

export interface BareServer {
  url: string;
  child: ChildProcess;
}

/**
 * The floor every HTTP figure is measured against: a bare `node:http` server in a process of its
 * own, on loopback, answering every request with `body` as JSON once the request has been read
 * (as Reconnect reads it). Whatever it costs is the cost of the machine, the client and the
 * socket, not of Reconnect. Shared by bench/http.ts and bench/load.ts so both stand on one floor.
 */
export async function startBareServer(body: string): Promise<BareServer> {
  const source = `
    const http = require("node:http");
    const body = ${JSON.stringify(body)};
    const length = Buffer.byteLength(body);
    const server = http.createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": length });
        res.end(body);
      });
    });
    server.listen(0, "127.0.0.1", () => console.log("listening " + server.address().port));`;
  const child = spawn(process.execPath, ["-e", source], { stdio: ["ignore", "pipe", "inherit"] });
  const [chunk] = (await once(child.stdout ?? child, "data")) as [Buffer];
  const port = /listening (\d+)/.exec(chunk.toString())?.[1];
  if (port === undefined) throw new Error(`the bare server did not start: ${chunk.toString()}`);
  return { url: `http://127.0.0.1:${port}`, child };
}
