// A streaming CSV reader (RFC 4180 with the usual tolerances): UTF-8, comma-separated, fields
// optionally in double quotes ("" is a quote inside one), CRLF or LF line ends, embedded line
// breaks inside quotes, a leading byte-order mark ignored. Pure and incremental, so a 50 MB file is
// read chunk by chunk with no second copy in memory, and every record knows the line it began on
// (what the analyst sees in a text editor, header = line 1).

export type CsvRecord = { line: number; fields: string[] };

/**
 * The most values one line may hold. The RMS formats have a few dozen columns; a 200,000-column
 * header used to run for 10 s and end in a stack overflow. Refused at the limit, as it is read.
 */
export const MAX_CSV_FIELDS = 1_000;

export class CsvFormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export class CsvReader {
  private field = "";
  private fields: string[] = [];
  private quoted = false;
  private afterQuote = false;
  private pendingCr = false;
  private line = 1;
  private recordLine = 1;
  private started = false;
  private fieldStarted = false;
  /** The header row's width: a later line with more (non-empty) values is refused. */
  private width: number | null = null;

  /** Feeds the next piece of text; returns the records it completed. */
  push(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let i = 0;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (c === "\u0000")
        throw new CsvFormatError("The file holds binary data: it is not a CSV text file", this.line);
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === "\n") continue; // the LF of a CRLF already ended the record
      }
      if (this.quoted) {
        if (c === '"') {
          this.quoted = false;
          this.afterQuote = true;
        } else {
          if (c === "\n") this.line++;
          else if (c === "\r") {
            this.line++;
            if (text[i + 1] === "\n") {
              this.field += "\r\n";
              i++;
              continue;
            }
          }
          this.field += c;
        }
        continue;
      }
      if (c === '"') {
        if (this.afterQuote) {
          // "" inside a quoted field: one literal quote, and the field goes on being quoted.
          this.field += '"';
          this.quoted = true;
          this.afterQuote = false;
        } else if (!this.fieldStarted) {
          this.quoted = true;
          this.fieldStarted = true;
        } else {
          throw new CsvFormatError(
            'A quote (") appears inside an unquoted value: put the whole value in quotes and double the quote',
            this.line,
          );
        }
        continue;
      }
      if (c === ",") {
        this.endField();
        continue;
      }
      if (c === "\n" || c === "\r") {
        if (c === "\r") this.pendingCr = true;
        out.push(...this.endRecord());
        this.line++;
        this.recordLine = this.line;
        continue;
      }
      if (this.afterQuote) {
        throw new CsvFormatError(
          "Text follows a closing quote: put the whole value in quotes and double any quote inside it",
          this.line,
        );
      }
      this.field += c;
      this.fieldStarted = true;
    }
    return out;
  }

  /** The end of the input: the last record (with or without a final line break). */
  end(): CsvRecord[] {
    if (this.quoted)
      throw new CsvFormatError('A quoted value is never closed: a quote (") is missing', this.recordLine);
    return this.endRecord();
  }

  private endField(): void {
    if (this.fields.length >= MAX_CSV_FIELDS) {
      throw new CsvFormatError(
        `A line has more than ${MAX_CSV_FIELDS.toLocaleString("en-GB")} values: check the file is the RMS extract, comma-separated`,
        this.recordLine,
      );
    }
    this.fields.push(this.field);
    this.field = "";
    this.afterQuote = false;
    this.fieldStarted = false;
  }

  private endRecord(): CsvRecord[] {
    const empty = this.fields.length === 0 && !this.fieldStarted && this.field === "";
    if (empty) return []; // blank lines are skipped, as spreadsheets write them at the end
    this.endField();
    if (this.width === null) this.width = this.fields.length;
    else if (this.fields.length > this.width && this.fields.slice(this.width).some((f) => f !== "")) {
      throw new CsvFormatError(
        `This line has ${this.fields.length.toLocaleString("en-GB")} values but the header row has ${this.width.toLocaleString("en-GB")} columns: a value may hold an unquoted comma`,
        this.recordLine,
      );
    }
    const record = { line: this.recordLine, fields: this.fields };
    this.fields = [];
    return [record];
  }
}

/** Records from a byte stream (a file or an upload). Refuses text that is not UTF-8. */
export async function* readCsvRecords(
  source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): AsyncGenerator<CsvRecord> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const reader = new CsvReader();
  for await (const chunk of source) {
    let text: string;
    try {
      text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    } catch {
      throw new CsvFormatError("The file is not UTF-8 text: save it from the spreadsheet as “CSV UTF-8”", 1);
    }
    yield* reader.push(text);
  }
  try {
    yield* reader.push(decoder.decode());
  } catch {
    throw new CsvFormatError("The file is not UTF-8 text: save it from the spreadsheet as “CSV UTF-8”", 1);
  }
  yield* reader.end();
}
