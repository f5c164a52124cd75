import { createElement as h, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldDefaults } from "./field-defaults";
import { CheckboxesField, CheckboxField, RadiosField, SelectField, TextareaField, TextField } from "./fields";
import { DatePartsInput } from "./date-input";

// The server's HTML of a form shows its default values (issue 15): react-hook-form's register()
// renders none, so an edit form was empty boxes without JavaScript and, deferred, until its code
// loaded. Rendered here as the server renders it, with no browser and no form hook.

const field = (name: string): UseFormRegisterReturn =>
  ({ name, onChange: async () => undefined, onBlur: async () => undefined, ref: () => undefined }) as never;
const options = [
  { value: "A", label: "Alpha" },
  { value: "B", label: "Bravo" },
];
const defaults = {
  surname: "Quill",
  notes: "Seen twice",
  npuId: 7,
  grade: "B",
  tags: ["A", "B"],
  vulnerable: true,
  dob: { day: "1", month: "2", year: "2010" },
};
const html = (children: ReactNode, value: object = defaults) =>
  renderToStaticMarkup(h(FieldDefaults, { value }, children));

describe("the kit's fields render the form's defaults on the server", () => {
  it("a text box, a text area and a select", () => {
    expect(html(h(TextField, { id: "surname", label: "Surname", field: field("surname") }))).toMatch(
      /<input[^>]*value="Quill"/,
    );
    expect(html(h(TextareaField, { id: "notes", label: "Notes", field: field("notes") }))).toContain(
      ">Seen twice</textarea>",
    );
    const select = html(
      h(SelectField, {
        id: "npuId",
        label: "NPU",
        field: field("npuId"),
        options: [
          { value: "3", label: "North" },
          { value: "7", label: "South" },
        ],
      }),
    );
    expect(select).toContain('<option value="7" selected="">South</option>');
    expect(select).not.toContain('<option value="3" selected');
  });

  it("radios, checkboxes and a tick box", () => {
    const radios = html(h(RadiosField, { id: "grade", legend: "Grade", field: field("grade"), options }));
    expect(radios).toMatch(/checked="" value="B"/);
    expect(radios).not.toMatch(/checked="" value="A"/);
    const boxes = html(h(CheckboxesField, { id: "tags", legend: "Tags", field: field("tags"), options }));
    expect(boxes.match(/checked=""/g)).toHaveLength(2);
    expect(
      html(h(CheckboxField, { id: "vulnerable", label: "Vulnerable", field: field("vulnerable") })),
    ).toContain('checked=""');
  });

  it("the three date boxes kept as parts", () => {
    const boxes = html(h(DatePartsInput, { id: "dob", legend: "Date of birth", register: field as never }));
    expect(boxes).toMatch(/id="dob"[^>]*value="1"/);
    expect(boxes).toMatch(/id="dob-month"[^>]*value="2"/);
    expect(boxes).toMatch(/id="dob-year"[^>]*value="2010"/);
  });

  it("no defaults (a field outside a form frame) renders empty boxes, as before", () => {
    const text = html(h(TextField, { id: "surname", label: "Surname", field: field("surname") }), {});
    expect(text).not.toContain("value=");
    const radios = html(h(RadiosField, { id: "grade", legend: "Grade", field: field("grade"), options }), {});
    expect(radios).not.toContain("checked");
  });
});
