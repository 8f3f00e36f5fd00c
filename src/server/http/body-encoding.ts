import type { FastifyRequest } from "fastify";
import { AppError } from "../errors/app-error.js";

/**
 * The one way a body may arrive: plain UTF-8 bytes. A compressed body (Content-Encoding) would
 * be read as garbage, and a declared charset other than UTF-8 would be read as the wrong letters,
 * so both are refused by name before a byte is parsed, and nothing is written.
 */
export function bodyEncodingRefusal(request: FastifyRequest): AppError | undefined {
  const encoding = request.headers["content-encoding"]?.trim().toLowerCase();
  if (encoding !== undefined && encoding !== "" && encoding !== "identity") {
    return new AppError(
      415,
      "unsupported-encoding",
      "Send the body uncompressed: Content-Encoding is not taken here.",
    );
  }
  // Node undoes `chunked` and nothing else: `gzip, chunked` would reach the route as compressed
  // bytes (or as text that was said to be compressed), so any other transfer coding is refused.
  if (transferCodingsOf(request).some((coding) => coding !== "chunked")) {
    return new AppError(
      415,
      "unsupported-encoding",
      "Send the body uncompressed: Transfer-Encoding may only be chunked here.",
    );
  }
  // Every charset named, not only the first: `charset=utf-8; charset=latin1` says two things,
  // and whichever one a proxy or another parser believed, the body is not certainly UTF-8.
  const charsets = charsetsOf(request.headers["content-type"] ?? "");
  if (charsets.some((charset) => charset !== "utf-8" && charset !== "utf8")) {
    return new AppError(
      415,
      "unsupported-charset",
      "Send the body as UTF-8 text (charset=utf-8), the only encoding JSON has.",
    );
  }
  return undefined;
}

function transferCodingsOf(request: FastifyRequest): string[] {
  const header = request.headers["transfer-encoding"];
  if (header === undefined) return [];
  return header
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== "");
}

function charsetsOf(contentType: string): string[] {
  const charsets: string[] = [];
  for (const parameter of contentType.split(";").slice(1)) {
    const [name, value] = parameter.split("=");
    if (name?.trim().toLowerCase() === "charset") {
      charsets.push(
        (value ?? "")
          .trim()
          .replace(/^"(.*)"$/, "$1")
          .toLowerCase(),
      );
    }
  }
  return charsets;
}

export const notUtf8 = (what: "request" | "file") =>
  new AppError(
    415,
    "not-utf8",
    what === "file"
      ? "The file holds bytes that are not UTF-8 text, so it could not be read. Nothing was imported."
      : "The request body holds bytes that are not UTF-8 text, so it could not be read.",
  );
