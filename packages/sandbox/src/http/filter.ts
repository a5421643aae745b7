/**
 * The sandbox's reading of the AutoShares "SQL-like" `filter=` syntax (api-reference §1.5):
 *
 *   Field = v | Field < v | > | <= | >= | Field between A and B | Field in (a, b, …)
 *   Field contains 'x' | Field startsWith 'x' | Field endsWith 'x'
 *   clauses joined with `and` (a clause may be parenthesised)
 *
 * Literals: `'string'` (a quote inside is doubled), `#ISO date#` (no zone = UTC), `true`/`false`,
 * numbers. Keywords and field names are case-insensitive. Anything else throws a
 * {@link FilterSyntaxError}, which routes answer with 400.
 *
 * @example
 * const match = compileFilter("Symbol in ('AAPL','MSFT') and AddedDate >= #2015-01-01#");
 * rows.filter(match);
 */

/** A bad filter expression; `position` is the character offset where reading failed. */
export class FilterSyntaxError extends Error {
  override readonly name = 'FilterSyntaxError';
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

export type FilterLiteral =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  /** `value` is epoch ms. */
  | { kind: 'date'; value: number };

export type ComparisonOperator = '=' | '!=' | '<' | '>' | '<=' | '>=';
export type StringOperator = 'contains' | 'startsWith' | 'endsWith';

export type FilterClause =
  | { op: ComparisonOperator; field: string; value: FilterLiteral }
  | { op: StringOperator; field: string; value: FilterLiteral }
  | { op: 'between'; field: string; low: FilterLiteral; high: FilterLiteral }
  | { op: 'in'; field: string; values: FilterLiteral[] };

/** A parsed filter: every clause must hold (`and`). An empty filter has no clauses. */
export interface FilterExpression {
  clauses: FilterClause[];
}

// ---------------------------------------------------------------------------------- tokenizer

type Token =
  | { t: 'ident'; text: string; pos: number }
  | { t: 'op'; text: ComparisonOperator; pos: number }
  | { t: 'lit'; lit: FilterLiteral; pos: number; text: string }
  | { t: '('; pos: number; text: '(' }
  | { t: ')'; pos: number; text: ')' }
  | { t: ','; pos: number; text: ',' }
  | { t: 'end'; pos: number; text: '' };

const IDENT = /[A-Za-z_][A-Za-z0-9_.]*/y;
const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/y;

/** Parses the inside of `#…#`; a date-time without a zone is UTC. */
function parseDate(text: string, pos: number): number {
  let iso = text.trim();
  if (/T\d{2}:\d{2}/.test(iso) && !/(Z|[+-]\d{2}:?\d{2})$/i.test(iso)) iso += 'Z';
  // Up to 7 fractional digits (.NET); JS reads 3.
  iso = iso.replace(/(\.\d{3})\d+/, '$1');
  const ms = /^\d{4}-\d{2}-\d{2}/.test(iso) ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(ms))
    throw new FilterSyntaxError(`Invalid date literal #${text}# at position ${pos}`, pos);
  return ms;
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const pos = i;
    if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= input.length)
          throw new FilterSyntaxError(`Unterminated string starting at position ${pos}`, pos);
        if (input[i] === "'") {
          if (input[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += input[i++];
      }
      tokens.push({ t: 'lit', lit: { kind: 'string', value }, pos, text: input.slice(pos, i) });
      continue;
    }
    if (c === '#') {
      const close = input.indexOf('#', i + 1);
      if (close < 0)
        throw new FilterSyntaxError(`Unterminated date starting at position ${pos}`, pos);
      const body = input.slice(i + 1, close);
      tokens.push({
        t: 'lit',
        lit: { kind: 'date', value: parseDate(body, pos) },
        pos,
        text: input.slice(pos, close + 1),
      });
      i = close + 1;
      continue;
    }
    if (c === '(' || c === ')' || c === ',') {
      tokens.push({ t: c, pos, text: c } as Token);
      i++;
      continue;
    }
    const two = input.slice(i, i + 2);
    if (two === '<=' || two === '>=' || two === '!=' || two === '<>') {
      tokens.push({ t: 'op', text: two === '<>' ? '!=' : two, pos });
      i += 2;
      continue;
    }
    if (c === '=' || c === '<' || c === '>') {
      tokens.push({ t: 'op', text: c, pos });
      i++;
      continue;
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(input);
    if (num && (/[\d.]/.test(c) || /[\d.]/.test(input[i + 1] ?? ''))) {
      tokens.push({ t: 'lit', lit: { kind: 'number', value: Number(num[0]) }, pos, text: num[0] });
      i += num[0].length;
      continue;
    }
    IDENT.lastIndex = i;
    const id = IDENT.exec(input);
    if (id) {
      const lower = id[0].toLowerCase();
      if (lower === 'true' || lower === 'false') {
        tokens.push({
          t: 'lit',
          lit: { kind: 'boolean', value: lower === 'true' },
          pos,
          text: id[0],
        });
      } else {
        tokens.push({ t: 'ident', text: id[0], pos });
      }
      i += id[0].length;
      continue;
    }
    throw new FilterSyntaxError(`Unexpected character '${c}' at position ${pos}`, pos);
  }
  tokens.push({ t: 'end', pos: input.length, text: '' });
  return tokens;
}

// ---------------------------------------------------------------------------------- parser

const OPERATORS_HINT = '=, <, >, <=, >=, between, in, contains, startsWith, endsWith';

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.i];
  }
  private take(): Token {
    return this.tokens[this.i++];
  }
  private describe(tok: Token): string {
    return tok.t === 'end' ? 'end of filter' : `'${tok.text}'`;
  }
  private fail(tok: Token, expected: string): never {
    throw new FilterSyntaxError(
      `Unexpected ${this.describe(tok)} at position ${tok.pos}: expected ${expected}`,
      tok.pos,
    );
  }
  private keyword(tok: Token, word: string): boolean {
    return tok.t === 'ident' && tok.text.toLowerCase() === word.toLowerCase();
  }

  parse(): FilterExpression {
    const clauses: FilterClause[] = [];
    if (this.peek().t === 'end') return { clauses };
    clauses.push(...this.group());
    while (this.peek().t !== 'end') {
      const tok = this.take();
      if (this.keyword(tok, 'or')) {
        throw new FilterSyntaxError(
          `'or' is not supported at position ${tok.pos}: clauses combine with 'and'`,
          tok.pos,
        );
      }
      if (!this.keyword(tok, 'and')) this.fail(tok, "'and' or end of filter");
      clauses.push(...this.group());
    }
    return { clauses };
  }

  /** A clause, or a parenthesised `and`-list of clauses. */
  private group(): FilterClause[] {
    if (this.peek().t !== '(') return [this.clause()];
    this.take();
    const clauses = this.group();
    while (this.keyword(this.peek(), 'and')) {
      this.take();
      clauses.push(...this.group());
    }
    const close = this.take();
    if (close.t !== ')') this.fail(close, "')' or 'and'");
    return clauses;
  }

  private literal(): FilterLiteral {
    const tok = this.take();
    if (tok.t !== 'lit') this.fail(tok, "a value ('text', number, #date#, true or false)");
    return tok.lit;
  }

  private clause(): FilterClause {
    const fieldTok = this.take();
    if (fieldTok.t !== 'ident' || ['and', 'between', 'in'].includes(fieldTok.text.toLowerCase())) {
      this.fail(fieldTok, 'a field name');
    }
    const field = fieldTok.text;
    const opTok = this.take();
    if (opTok.t === 'op') return { op: opTok.text, field, value: this.literal() };
    if (opTok.t === 'ident') {
      const word = opTok.text.toLowerCase();
      if (word === 'between') {
        const low = this.literal();
        const and = this.take();
        if (!this.keyword(and, 'and')) this.fail(and, "'and' (between A and B)");
        return { op: 'between', field, low, high: this.literal() };
      }
      if (word === 'in') {
        const open = this.take();
        if (open.t !== '(') this.fail(open, "'(' after in");
        const values = [this.literal()];
        for (;;) {
          const sep = this.take();
          if (sep.t === ')') break;
          if (sep.t !== ',') this.fail(sep, "',' or ')'");
          values.push(this.literal());
        }
        return { op: 'in', field, values };
      }
      const stringOp = (['contains', 'startsWith', 'endsWith'] as const).find(
        (w) => w.toLowerCase() === word,
      );
      if (stringOp) {
        const value = this.literal();
        if (value.kind !== 'string') {
          throw new FilterSyntaxError(
            `'${opTok.text}' needs a quoted string at position ${opTok.pos}`,
            opTok.pos,
          );
        }
        return { op: stringOp, field, value };
      }
    }
    this.fail(opTok, `an operator (${OPERATORS_HINT})`);
  }
}

/** Parses a filter expression. Empty or whitespace-only text gives an empty filter (matches all). */
export function parseFilter(text: string): FilterExpression {
  return new Parser(tokenize(text)).parse();
}

// ---------------------------------------------------------------------------------- evaluator

/** Options for {@link compileFilter} / {@link evaluateFilter}. */
export interface FilterOptions {
  /**
   * Field readers by (case-insensitive) name, for computed or mapped fields, e.g. order
   * `Status` as its numeric code: `{ Status: (o) => STATUS_CODE[o.Status] }`.
   * Other fields are read from the record, matching the name case-insensitively.
   */
  fields?: Record<string, (record: never) => unknown>;
  /**
   * The only field names allowed (case-insensitive). When given, any other field throws a
   * `FilterSyntaxError` at compile time (the route answers 400).
   */
  allowedFields?: readonly string[];
}

function readField(record: unknown, field: string, options: FilterOptions | undefined): unknown {
  const lower = field.toLowerCase();
  if (options?.fields) {
    for (const [name, read] of Object.entries(options.fields)) {
      if (name.toLowerCase() === lower) return (read as (r: unknown) => unknown)(record);
    }
  }
  if (record === null || typeof record !== 'object') return undefined;
  const obj = record as Record<string, unknown>;
  if (field in obj) return obj[field];
  let value: unknown = undefined;
  for (const key of Object.keys(obj)) {
    if (key.toLowerCase() === lower) {
      value = obj[key];
      break;
    }
  }
  if (value === undefined && field.includes('.')) {
    // Nested path, e.g. Fee.Value
    let cur: unknown = record;
    for (const part of field.split('.')) cur = readField(cur, part, undefined);
    return cur;
  }
  return value;
}

/** A record value as epoch ms: ISO strings, Dates, or numbers (Unix s below 1e11, else ms). */
function asInstant(value: unknown): number | null {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return Math.abs(value) < 1e11 ? value * 1000 : value;
  if (typeof value === 'string') {
    let iso = value;
    if (/T\d{2}:\d{2}/.test(iso) && !/(Z|[+-]\d{2}:?\d{2})$/i.test(iso)) iso += 'Z';
    const ms = Date.parse(iso.replace(/(\.\d{3})\d+/, '$1'));
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
}

/** Compares a record value with a literal: negative, zero, positive, or null when incomparable. */
function compareTo(value: unknown, lit: FilterLiteral): number | null {
  if (value === null || value === undefined) return null;
  switch (lit.kind) {
    case 'date': {
      const ms = asInstant(value);
      return ms === null ? null : ms - lit.value;
    }
    case 'number': {
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && value.trim() !== ''
            ? Number(value)
            : NaN;
      return Number.isNaN(n) ? null : n - lit.value;
    }
    case 'boolean': {
      const b =
        typeof value === 'boolean'
          ? value
          : typeof value === 'string'
            ? value.toLowerCase() === 'true'
            : null;
      return b === null ? null : Number(b) - Number(lit.value);
    }
    case 'string': {
      if (typeof value === 'number') {
        const n = Number(lit.value);
        return lit.value.trim() === '' || Number.isNaN(n) ? null : value - n;
      }
      const a = String(value).toLowerCase();
      const b = lit.value.toLowerCase();
      return a < b ? -1 : a > b ? 1 : 0;
    }
  }
}

function holds(clause: FilterClause, record: unknown, options: FilterOptions | undefined): boolean {
  const value = readField(record, clause.field, options);
  switch (clause.op) {
    case 'between': {
      const lo = compareTo(value, clause.low);
      const hi = compareTo(value, clause.high);
      return lo !== null && hi !== null && lo >= 0 && hi <= 0;
    }
    case 'in':
      return clause.values.some((v) => compareTo(value, v) === 0);
    case 'contains':
    case 'startsWith':
    case 'endsWith': {
      if (value === null || value === undefined || clause.value.kind !== 'string') return false;
      const text = String(value).toLowerCase();
      const needle = clause.value.value.toLowerCase();
      if (clause.op === 'contains') return text.includes(needle);
      return clause.op === 'startsWith' ? text.startsWith(needle) : text.endsWith(needle);
    }
    default: {
      const d = compareTo(value, clause.value);
      if (d === null) return clause.op === '!=';
      switch (clause.op) {
        case '=':
          return d === 0;
        case '!=':
          return d !== 0;
        case '<':
          return d < 0;
        case '>':
          return d > 0;
        case '<=':
          return d <= 0;
        case '>=':
          return d >= 0;
      }
    }
  }
}

/** Does `record` satisfy every clause of `expression`? */
export function evaluateFilter(
  expression: FilterExpression,
  record: unknown,
  options?: FilterOptions,
): boolean {
  return expression.clauses.every((c) => holds(c, record, options));
}

/** Fields a filter mentions (as written), e.g. to validate them or pick out special clauses. */
export function filterFields(expression: FilterExpression): string[] {
  return expression.clauses.map((c) => c.field);
}

/**
 * Parses `text` once and returns a predicate. `undefined`/empty text matches everything.
 * Throws `FilterSyntaxError` for bad syntax or (with `allowedFields`) an unknown field.
 */
export function compileFilter<T>(
  text: string | undefined | null,
  options?: FilterOptions,
): (record: T) => boolean {
  const expression = parseFilter(text ?? '');
  if (options?.allowedFields) {
    const allowed = new Set(options.allowedFields.map((f) => f.toLowerCase()));
    for (const clause of expression.clauses) {
      if (!allowed.has(clause.field.toLowerCase())) {
        throw new FilterSyntaxError(
          `Unknown filter field '${clause.field}'; allowed: ${options.allowedFields.join(', ')}`,
          Math.max(0, (text ?? '').indexOf(clause.field)),
        );
      }
    }
  }
  if (expression.clauses.length === 0) return () => true;
  return (record: T) => evaluateFilter(expression, record, options);
}
