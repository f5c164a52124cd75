import { describe, expect, it } from "vitest";
import { arrayLiteral, type IdMaps } from "@/prisma/seed/bulk-insert";

type Row = { id: number; name: string | null; flag: boolean; ownerId: number | null };
const ids: IdMaps = { user: [101, 102], npu: [], hotspot: [], provider: [] };
const rows: Row[] = [
  { id: 1, name: 'say "hi"', flag: true, ownerId: 2 },
  { id: 2, name: "back\\slash, comma {brace}", flag: false, ownerId: null },
  { id: 3, name: null, flag: true, ownerId: 1 },
  { id: 4, name: "NULL", flag: false, ownerId: 1 },
];

describe("arrayLiteral", () => {
  it("quotes and escapes text, keeping NULL distinct from the word NULL", () => {
    expect(arrayLiteral(rows, { name: "name", type: "text" }, ids)).toBe(
      '{"say \\"hi\\"","back\\\\slash, comma {brace}",NULL,"NULL"}',
    );
  });

  it("writes numbers and booleans bare", () => {
    expect(arrayLiteral(rows, { name: "id", type: "int" }, ids)).toBe("{1,2,3,4}");
    expect(arrayLiteral(rows, { name: "flag", type: "bool" }, ids)).toBe("{t,f,t,f}");
  });

  it("maps dataset positions to database ids", () => {
    expect(arrayLiteral(rows, { name: "ownerId", type: "int", ref: "user" }, ids)).toBe("{102,NULL,101,101}");
    expect(() =>
      arrayLiteral([{ ...rows[0]!, ownerId: 9 }], { name: "ownerId", type: "int", ref: "user" }, ids),
    ).toThrow(/no user id/);
  });
});
