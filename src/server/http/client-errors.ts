import { type ServerOptions, STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import type { FastifyBaseLogger, FastifyInstance } from "fastify";
import { HEADERS as SECURITY_HEADERS } from "./security-headers.js";

/** How long a request's headers may take to arrive, and how often Node checks; tests shorten them. */
export interface ClientLimits {
  headersTimeoutMs?: number;
  checkEveryMs?: number;
}

// Node's own limit on all of a request's headers together.
const MAX_HEADER_BYTES = 16 * 1024;

interface Answer {
  status: number;
  code: string;
  message: string;
}

const HEADERS_TOO_LARGE: Answer = {
  status: 431,
  code: "headers-too-large",
  message: `The request's headers are larger than we take (${MAX_HEADER_BYTES / 1024} KB at most).`,
};
const REQUEST_TOO_SLOW: Answer = {
  status: 408,
  code: "request-too-slow",
  message: "The request took too long to arrive, so it was not read. Please try again.",
};
const BAD_REQUEST: Answer = {
  status: 400,
  code: "bad-request",
  message: "The request could not be understood.",
};

/** What Node found wrong with the bytes, before any request existed to hand to Fastify. */
export function clientAnswer(errorCode: string | undefined): Answer {
  if (errorCode === "HPE_HEADER_OVERFLOW") return HEADERS_TOO_LARGE;
  if (errorCode === "ERR_HTTP_REQUEST_TIMEOUT") return REQUEST_TOO_SLOW;
  return BAD_REQUEST;
}

function rawResponse(answer: Answer): string {
  const body = JSON.stringify({ error: { code: answer.code, message: answer.message } });
  const lines = [
    `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? ""}`,
    "content-type: application/json; charset=utf-8",
    `content-length: ${Buffer.byteLength(body)}`,
    "connection: close",
    // No request was read, so there is no address to judge by as the app's hook does; a refusal
    // is never worth a browser's or proxy's copy, whatever was asked for.
    "cache-control: no-store",
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`),
  ];
  return `${lines.join("\r\n")}\r\n\r\n${body}`;
}

/**
 * Node's own refusals (headers past 16 KB, headers that took too long, bytes that are not HTTP)
 * answered in the app's error format, with the security headers and `Cache-Control: no-store`
 * every API answer carries, instead of Fastify's `{"error":"Bad Request","message":"Client
 * Error"}`. Only the error's kind is logged: the error itself holds the bytes received, which can
 * be a session cookie.
 */
export function answerClientError(
  log: FastifyBaseLogger,
  error: Error & { code?: string },
  socket: Socket,
): void {
  // A reset connection has no one left to answer.
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  const answer = clientAnswer(error.code);
  log.debug({ errorCode: error.code, status: answer.status }, "client error");
  if (socket.writable) socket.write(rawResponse(answer));
  socket.destroy();
}

/**
 * The server options that go with it. A missing Host is left to the app's own check (which
 * answers in the app's format), not Node's bare 400.
 */
export function clientErrorOptions(limits: ClientLimits = {}): {
  http: ServerOptions;
  clientErrorHandler: (this: FastifyInstance, error: Error, socket: Socket) => void;
} {
  return {
    http: {
      maxHeaderSize: MAX_HEADER_BYTES,
      requireHostHeader: false,
      ...(limits.headersTimeoutMs === undefined ? {} : { headersTimeout: limits.headersTimeoutMs }),
      ...(limits.checkEveryMs === undefined
        ? {}
        : { connectionsCheckingInterval: limits.checkEveryMs }),
    },
    clientErrorHandler(error, socket) {
      answerClientError(this.log, error, socket);
    },
  };
}
