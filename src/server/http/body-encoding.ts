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
  const charset = charsetOf(request.headers["content-type"] ?? "");
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") {
    return new AppError(
      415,
      "unsupported-charset",
      "Send the body as UTF-8 text (charset=utf-8), the only encoding JSON has.",
    );
  }
  return undefined;
}

function charsetOf(contentType: string): string | undefined {
  for (const parameter of contentType.split(";").slice(1)) {
    const [name, value] = parameter.split("=");
    if (name?.trim().toLowerCase() === "charset") {
      return (value ?? "")
        .trim()
        .replace(/^"(.*)"$/, "$1")
        .toLowerCase();
    }
  }
  return undefined;
}

export const notUtf8 = (what: "request" | "file") =>
  new AppError(
    415,
    "not-utf8",
    what === "file"
      ? "The file holds bytes that are not UTF-8 text, so it could not be read. Nothing was imported."
      : "The request body holds bytes that are not UTF-8 text, so it could not be read.",
  );
