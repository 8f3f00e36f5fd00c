/**
 * Whether a host name or address means "this computer only": localhost (and names under it),
 * 127.0.0.0/8 and ::1, written plainly, in brackets, or as an IPv4-mapped IPv6 address. Pure, so
 * the server (the address it listens on) and the browser (the address it opened) ask the same.
 */
export function isLoopbackHost(host: string): boolean {
  let name = host.trim().toLowerCase().replace(/\.$/, "");
  if (name.startsWith("[") && name.endsWith("]")) name = name.slice(1, -1);
  if (name === "localhost" || name.endsWith(".localhost")) return true;
  if (name === "::1" || name === "0:0:0:0:0:0:0:1") return true;
  const v4 = name.replace(/^::ffff:/, "");
  const octets = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(v4);
  if (!octets) return false;
  const numbers = octets.slice(1).map(Number);
  return numbers[0] === 127 && numbers.every((n) => n <= 255);
}
