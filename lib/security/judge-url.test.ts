import { describe, expect, it } from "vitest";
import { judgeUrl } from "@/lib/security/judge-url";

describe("judgeUrl", () => {
  it.each([
    ["/offences/%E0%A4%A", "", 400],
    ["/offences/%", "", 400],
    ["/persons/%ED%A0%80", "", 400], // a lone surrogate, UTF-8 encoded: not valid UTF-8
    ["/offences/1%00", "", 400],
    ["/offences/2147483648", "", 404],
    ["/meetings/100000000000000000000/edit", "", 404],
    ["/offences", "?q=%00", 400],
    ["/offences", "?q=%E0%A4%A", 400],
    ["/offences", "?page=2147483648", 400],
    ["/referrals/new", "?person=100000000000000000000", 400],
    ["/offences", "?npuId=-2147483649", 400],
  ])("%s%s → %i", (path, search, status) => {
    expect(judgeUrl(path, search)?.status).toBe(status);
  });

  it.each([
    ["/offences/2147483647", ""],
    ["/offences", "?q=Smith+%26+Jones&page=2"],
    ["/offences", "?q=07700900123"], // a phone number in a search box is text, not an id
    ["/network", "?from=offence:1"],
    ["/", ""],
  ])("%s%s passes", (path, search) => {
    expect(judgeUrl(path, search)).toBeNull();
  });
});
