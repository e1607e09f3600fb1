/**
 * Turns the API's own OpenAPI document into a table of hostile requests, so a new endpoint is
 * attacked without anyone remembering to add it.
 */
export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type Role = 'anonymous' | 'outsider' | 'member' | 'facilitator';
export type Schema = { type?: string; enum?: unknown[]; nullable?: boolean; properties?: Record<string, Schema>; items?: Schema };
export type Operation = { method: Method; path: string; params: string[]; query: string[]; body?: Schema; isPublic: boolean };

/** What a case sends; `path` maps a parameter name to the value to put in the URL instead of the real id. */
export type HostileRequest = { path?: Record<string, string>; query?: string; raw?: string; contentType?: string; csrf?: boolean; json?: unknown };
export type HostileCase = {
  title: string;
  op: Operation;
  role: Role;
  request: HostileRequest;
  /** Extra, precise expectation on top of "4xx with an ErrorBody". */
  status?: number;
  /** Every field error must sit under this key (proves the rest of the sample body was fine). */
  fieldsUnder?: string;
};

type OpenApiDoc = { paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string }>; security?: unknown[]; requestBody?: { content: Record<string, { schema: Schema }> } }>> };

export function operationsOf(doc: OpenApiDoc): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase() as Method,
      path,
      params: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
      query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      body: op.requestBody?.content['application/json']?.schema,
      isPublic: (op.security ?? []).length === 0,
    })),
  );
}

const ALL_ROLES: Role[] = ['anonymous', 'outsider', 'member', 'facilitator'];
// Body handling happens before anyone's rights are looked at: the most privileged caller (whose
// request would otherwise succeed) and a stranger are enough.
const BODY_ROLES: Role[] = ['anonymous', 'facilitator'];

// Built as text: JSON.stringify itself runs out of stack on objects this deep.
const deep = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const nestedGarbage = { $gt: '', a: [{ b: { c: [null, true, 1e308, { toString: 'x', valueOf: [] }] } }] };

/** Ways to get the body wrong as a whole; `raw` is sent byte for byte. */
const wholeBodyCases: Array<{ name: string; raw: string; contentType?: string; status?: number; bodyOnly?: boolean }> = [
  { name: 'malformed JSON', raw: '{"name": "Half', status: 400 },
  { name: 'an empty body with a JSON content-type', raw: '', status: 400 },
  { name: 'a prototype-poisoning __proto__ key', raw: '{"__proto__": {"isPlatformAdmin": true}}', status: 400 },
  { name: 'a constructor.prototype key', raw: '{"constructor": {"prototype": {"isPlatformAdmin": true}}}', status: 400 },
  { name: 'an XML content-type', raw: '<network name="x"/>', contentType: 'application/xml', status: 415 },
  { name: 'a form-encoded body', raw: 'name=x&province=Utrecht', contentType: 'application/x-www-form-urlencoded', status: 415 },
  { name: 'a body over 1 MiB', raw: JSON.stringify({ name: 'x'.repeat(1_100_000) }), status: 413 },
  { name: 'a JSON array', raw: '[{"name": "x"}]', bodyOnly: true },
  { name: 'a JSON string', raw: '"hallo"', bodyOnly: true },
  { name: 'a JSON number', raw: '42', bodyOnly: true },
  { name: 'JSON null', raw: 'null', bodyOnly: true },
  { name: 'an empty object', raw: '{}', bodyOnly: true },
  { name: 'an object nested 150 000 deep', raw: deep(150_000), bodyOnly: true },
  // What a cross-site form can send; JSON only, so refused before any handler (415).
  { name: 'a text/plain body', raw: '{"name": "x"}', contentType: 'text/plain', status: 415 },
];

/** Wrong values for one field of an otherwise valid body. */
function fieldVariants(schema: Schema): Array<[string, unknown]> {
  const wrongType = schema.type === 'string' ? 12345 : schema.type === 'array' ? 'not-a-list' : schema.type === 'boolean' ? 'yes' : 'not-a-number';
  const variants: Array<[string, unknown]> = [
    ['a wrong type', wrongType],
    ['a string of 100 000 characters', 'x'.repeat(100_000)],
    ['nested garbage', nestedGarbage],
  ];
  if (!schema.nullable) variants.push(['null', null]);
  // PostgreSQL refuses U+0000 in text; it must be a 400 before any query runs.
  const nul = 'Fen\u0000na';
  if (schema.type === 'string') variants.push(['a NUL character', nul]);
  if (schema.items?.type === 'string') variants.push(['a NUL character in the list', [nul]]);
  if (schema.items?.properties) variants.push(['a NUL character in a list item', [Object.fromEntries(Object.keys(schema.items.properties).map((k) => [k, nul]))]]);
  if (schema.enum) variants.push(['an unknown enum value', 'not-a-real-value']);
  if (schema.items?.enum) variants.push(['an unknown enum value in the list', ['not-a-real-value']]);
  // A measured value may be a fraction (4.3 on a 1–5 scale): only whole-number fields must refuse one.
  if (schema.type === 'integer') variants.push(['a fraction', 2.5]);
  if (schema.type === 'integer' || schema.type === 'number') variants.push(['a huge number', 1e308]);
  if (schema.type === 'array') variants.push(['10 000 items', Array.from({ length: 10_000 }, () => 'x')], ['items of every type', [null, 7, {}, [[]]]]);
  if (schema.properties) variants.push(['an array', []]);
  return variants;
}

/** Ids that are not ids; invitation tokens are free text of 10–200 characters instead of UUIDs. */
function idVariants(param: string): Array<[string, string, Role[]]> {
  const unknown = param === 'token' ? 'onbekend-token-'.padEnd(43, 'x') : '6f1c0a52-8f0e-4a55-9d0a-3f2b9c1d2e4f';
  // Who asks decides between 400, 401, 403 and 404 for these two ...
  return [
    ['a malformed id', param === 'token' ? 'kort' : 'not-a-uuid', ALL_ROLES],
    ['an unknown id', unknown, ALL_ROLES],
    // ... these fail in the router or the pipe whoever asks.
    ['an SQL-looking id', "1' or '1'='1", BODY_ROLES],
    ['a 10 000-character id', 'a'.repeat(10_000), BODY_ROLES],
    ['an id with encoded slashes and NUL', '..%2F..%2F%00', BODY_ROLES],
    ['an id with a NUL character', 'abcdefghij\u0000klm', ALL_ROLES],
    ['a broken percent-encoding', '%E0%A4%A', BODY_ROLES],
  ];
}

/** Query parameters of the wrong shape; only used on operations that take that parameter. */
const queryCases: Array<{ param: string; name: string; query: string }> = [
  { param: 'page', name: 'page=-1', query: 'page=-1' },
  { param: 'page', name: 'page=abc', query: 'page=abc' },
  { param: 'page', name: 'page=1e400', query: 'page=1e400' },
  { param: 'pageSize', name: 'pageSize=1000', query: 'pageSize=1000' },
  { param: 'pageSize', name: 'pageSize=1.5', query: 'pageSize=1.5' },
  { param: 'scope', name: 'an unknown scope', query: 'scope=everything' },
  { param: 'includeArchived', name: 'includeArchived=maybe', query: 'includeArchived=maybe' },
  { param: 'q', name: 'q given twice', query: 'q=a&q=b' },
  { param: 'q', name: 'q of 100 000 characters', query: `q=${'x'.repeat(100_000)}` },
  { param: 'page', name: 'page given twice', query: 'page=1&page=2' },
  { param: 'q', name: 'q with a NUL character', query: 'q=a%00b' },
  { param: 'before', name: 'a cursor that is not a number', query: 'before=abc' },
  { param: 'before', name: 'a cursor of 0', query: 'before=0' },
  { param: 'before', name: 'a cursor past the largest safe integer', query: 'before=99999999999999999999' },
  { param: 'limit', name: 'limit=0', query: 'limit=0' },
  { param: 'limit', name: 'limit=1000', query: 'limit=1000' },
];

export function hostileCases(operations: Operation[]): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (op: Operation, roles: Role[], name: string, request: HostileRequest, extra: Partial<HostileCase> = {}) => {
    for (const role of roles) {
      // Anonymous callers of a protected route are turned away first; the precise status is for the others.
      const precise = role === 'anonymous' && !op.isPublic ? {} : extra;
      cases.push({ title: `${role} sends ${name}`, op, role, request, ...precise });
    }
  };
  for (const op of operations) {
    const changes = op.method !== 'GET';
    if (changes) {
      add(op, ALL_ROLES, 'no CSRF header', { csrf: false }, { status: 403 });
      for (const c of wholeBodyCases.filter((c) => !c.bodyOnly || op.body)) {
        add(op, BODY_ROLES, c.name, { raw: c.raw, contentType: c.contentType }, c.bodyOnly ? { status: 400 } : { status: c.status });
      }
    }
    for (const [field, schema] of Object.entries(op.body?.properties ?? {})) {
      for (const [name, value] of fieldVariants(schema)) {
        add(op, ['facilitator'], `${field} as ${name}`, { json: { [field]: value } }, { status: 400, fieldsUnder: field });
      }
    }
    for (const param of op.params) {
      for (const [name, value, roles] of idVariants(param)) add(op, roles, `${param} as ${name}`, { path: { [param]: value } });
    }
    for (const q of queryCases.filter((q) => op.query.includes(q.param))) {
      add(op, ['facilitator', 'member'], q.name, { query: q.query }, { status: 400, fieldsUnder: q.param });
      add(op, ['anonymous'], q.name, { query: q.query });
    }
  }
  return cases;
}
