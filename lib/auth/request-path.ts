/**
 * The path a page request asked for, handed from the proxy to the page (Next gives a server
 * component no URL): a refusal's audit row names the page refused (DPA 2018 s.62: who tried to see
 * what). The proxy always sets the header, so a client's own value never gets through; the query
 * string is left out because filters can carry names.
 */
export const REQUEST_PATH_HEADER = "x-captiva-path";

const MAX_PATH = 1_000;

/** The header's value when it is a plain absolute path, else undefined (never trust it blindly). */
export function requestPathFrom(value: string | null | undefined): string | undefined {
  if (!value || value.length > MAX_PATH || !value.startsWith("/") || value.startsWith("//")) return undefined;
  return /[\u0000-\u001f\u007f?#]/.test(value) ? undefined : value;
}
