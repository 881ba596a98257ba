// A streaming CSV splitter made for bulk import: RFC 4180 quoting ("" inside quotes, fields over several lines),
// any one-character delimiter, LF or CRLF, and a quote inside an unquoted field taken literally. Lines without a
// quote take a split() fast path, which is what keeps a million-row file cheap to read twice (check, then write).
// Every record carries the physical line it starts on; blank lines are skipped but counted.

export interface SplitRecord {
  /** 1-based physical line the record starts on. */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

const QUOTE = '"';

export class CsvSplitter {
  private buf = '';
  private line = 1;
  private first = true;

  constructor(private readonly delimiter: string) {
    if (delimiter.length !== 1 || delimiter === QUOTE || delimiter === '\n' || delimiter === '\r') {
      throw new Error(`cannot split CSV on ${JSON.stringify(delimiter)}`);
    }
  }

  /** Adds text and returns the records it completes. */
  push(text: string): SplitRecord[] {
    if (this.first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.length) this.first = false;
    }
    this.buf = this.buf.length ? this.buf + text : text;
    return this.drain(false);
  }

  /** Records left at the end of input (a last line without a line break). */
  end(): SplitRecord[] {
    const out = this.drain(true);
    this.buf = '';
    return out;
  }

  private drain(final: boolean): SplitRecord[] {
    const out: SplitRecord[] = [];
    const buf = this.buf;
    const d = this.delimiter;
    let i = 0;
    const n = buf.length;
    // The next quote in the buffer, found once and reused while lines before it take the fast path (searching
    // from every line start would rescan the rest of the buffer for each line).
    let q = -2;
    while (i < n) {
      const nl = buf.indexOf('\n', i);
      if (nl < 0 && !final) break;
      const lineEnd = nl < 0 ? n : nl;
      if (q !== -1 && q < i) q = buf.indexOf(QUOTE, i);
      if (q < 0 || q >= lineEnd) {
        // Fast path: no quote on this line.
        let end = lineEnd;
        if (end > i && buf.charCodeAt(end - 1) === 13) end--;
        if (end > i) out.push({ line: this.line, fields: buf.slice(i, end).split(d) });
        this.line++;
        i = nl < 0 ? n : nl + 1;
        continue;
      }
      const rec = this.quoted(buf, i, final);
      if (!rec) break;
      out.push({ line: this.line, fields: rec.fields });
      this.line += rec.lines;
      i = rec.next;
    }
    this.buf = i >= n ? '' : buf.slice(i);
    return out;
  }

  /** One record with quotes, starting at `start`; null when the buffer ends inside it (and more may come). */
  private quoted(buf: string, start: number, final: boolean): { fields: string[]; next: number; lines: number } | null {
    const d = this.delimiter;
    const fields: string[] = [];
    let i = start;
    let lines = 1;
    const n = buf.length;
    for (;;) {
      let field = '';
      if (buf[i] === QUOTE) {
        // Quoted field: up to the closing quote, "" standing for one quote; line breaks inside belong to the field.
        let j = i + 1;
        for (;;) {
          const k = buf.indexOf(QUOTE, j);
          if (k < 0 || (k === n - 1 && !final)) {
            if (!final) return null;
            throw new CsvSyntaxError(this.line, 'a quoted field is never closed (missing ")');
          }
          const part = buf.slice(j, k);
          field += part;
          for (let p = part.indexOf('\n'); p >= 0; p = part.indexOf('\n', p + 1)) lines++;
          if (buf[k + 1] === QUOTE) {
            field += QUOTE;
            j = k + 2;
            continue;
          }
          i = k + 1;
          break;
        }
        // Text after the closing quote (relaxed): kept as written up to the delimiter or line end.
        while (i < n && buf[i] !== d && buf[i] !== '\n' && !(buf[i] === '\r' && (buf[i + 1] === '\n' || i + 1 === n))) field += buf[i++];
      } else {
        let j = i;
        while (j < n && buf[j] !== d && buf[j] !== '\n') j++;
        field = buf.slice(i, j);
        if (field.endsWith('\r') && (j === n || buf[j] === '\n')) field = field.slice(0, -1);
        i = j;
      }
      fields.push(field);
      if (i >= n) {
        if (!final) return null;
        return { fields, next: n, lines };
      }
      if (buf[i] === d) {
        i++;
        if (i >= n && !final) return null;
        if (i >= n) {
          fields.push('');
          return { fields, next: n, lines };
        }
        continue;
      }
      if (buf[i] === '\r') i++;
      if (buf[i] === '\n') return { fields, next: i + 1, lines };
      if (i >= n) {
        if (!final) return null;
        return { fields, next: n, lines };
      }
    }
  }
}
