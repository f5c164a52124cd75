import "server-only";
import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: the admin reads it out or types it into a message, so it must survive that.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** Four groups of five from a 55-character alphabet: about 115 bits, and 23 characters (policy: 12+). */
export function generateTemporaryPassword(): string {
  const group = () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return [group(), group(), group(), group()].join("-");
}
