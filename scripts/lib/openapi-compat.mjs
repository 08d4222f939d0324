// The OpenAPI compatibility rules used by scripts/openapi-compat.mjs (see there), kept apart so they are unit-tested
// (scripts/test/openapi-compat.test.mjs).

/**
 * Headers every installed client sends on every request whatever the document says: the mini-program's transport adds
 * the active community to each call (apps/miniapp/src/services/api.ts getHeaders), so documenting one as required later
 * breaks nobody.
 */
const ALWAYS_SENT_HEADERS = new Set(['x-community-id']);

export function compare(oldDoc, newDoc) {
  const problems = [];
  const deref = (doc, s) => {
    let seen = 0;
    while (s && s.$ref && seen++ < 50)
      s = s.$ref
        .split('/')
        .slice(1)
        .reduce((o, k) => o?.[k], doc);
    return s ?? {};
  };
  const props = (doc, s) => {
    s = deref(doc, s);
    const out = { properties: { ...(s.properties ?? {}) }, required: new Set(s.required ?? []) };
    for (const part of s.allOf ?? []) {
      const p = props(doc, part);
      Object.assign(out.properties, p.properties);
      p.required.forEach((r) => out.required.add(r));
    }
    return out;
  };
  const enumOf = (doc, s) => {
    s = deref(doc, s);
    return s.enum ?? (s.items ? deref(doc, s.items).enum : undefined);
  };

  // Response side: everything an old client could read must still be there.
  const readable = (o, n, where, seen) => {
    const key = `${o?.$ref ?? ''}|${n?.$ref ?? ''}|${where}`;
    if (o?.$ref) {
      if (seen.has(key)) return; // a recursive schema: compared once
      seen.add(key);
    }
    const os = deref(oldDoc, o);
    const ns = deref(newDoc, n);
    const oe = enumOf(oldDoc, os);
    const ne = enumOf(newDoc, ns);
    if (oe) {
      if (!ne) problems.push(`${where}: enum ${JSON.stringify(oe)} became free-form`);
      else for (const v of oe) if (!ne.includes(v)) problems.push(`${where}: enum value ${JSON.stringify(v)} removed`);
    }
    if (os.type === 'array' || os.items) return readable(os.items, ns.items ?? {}, `${where}[]`, seen);
    const op = props(oldDoc, os);
    const np = props(newDoc, ns);
    for (const [name, schema] of Object.entries(op.properties)) {
      if (!(name in np.properties)) problems.push(`${where}.${name}: response field removed`);
      else {
        if (op.required.has(name) && !np.required.has(name))
          problems.push(`${where}.${name}: response field no longer always present`);
        readable(schema, np.properties[name], `${where}.${name}`, seen);
      }
    }
  };
  // Request side: an old client must still be able to send what it sends.
  const sendable = (o, n, where, seen) => {
    const key = `${o?.$ref ?? ''}|${n?.$ref ?? ''}|${where}`;
    if (seen.has(key)) return;
    seen.add(key);
    const os = deref(oldDoc, o);
    const ns = deref(newDoc, n);
    const oe = enumOf(oldDoc, os);
    const ne = enumOf(newDoc, ns);
    if (oe && ne)
      for (const v of oe) if (!ne.includes(v)) problems.push(`${where}: accepted value ${JSON.stringify(v)} removed`);
    if (os.type === 'array' || os.items) return sendable(os.items ?? {}, ns.items ?? {}, `${where}[]`, seen);
    const op = props(oldDoc, os);
    const np = props(newDoc, ns);
    for (const name of np.required)
      if (!op.required.has(name)) problems.push(`${where}.${name}: request field newly required`);
    for (const [name, schema] of Object.entries(op.properties))
      if (name in np.properties) sendable(schema, np.properties[name], `${where}.${name}`, seen);
  };

  for (const [p, ops] of Object.entries(oldDoc.paths ?? {})) {
    for (const [method, op] of Object.entries(ops)) {
      const where = `${method.toUpperCase()} ${p}`;
      const nop = newDoc.paths?.[p]?.[method];
      if (!nop) {
        problems.push(`${where}: operation removed`);
        continue;
      }
      for (const [status, res] of Object.entries(op.responses ?? {})) {
        if (!status.startsWith('2')) continue;
        for (const [mime, media] of Object.entries(res.content ?? {})) {
          const nmedia = nop.responses?.[status]?.content?.[mime];
          if (!nmedia) {
            const other = Object.keys(nop.responses ?? {}).filter((s) => s.startsWith('2'));
            problems.push(`${where}: ${status} ${mime} answer removed (now ${other.join(', ') || 'none'})`);
            continue;
          }
          readable(media.schema, nmedia.schema, `${where} → ${status}`, new Set());
        }
      }
      const oldParams = new Map((op.parameters ?? []).map((x) => [`${x.in}:${x.name}`, x]));
      for (const np of nop.parameters ?? []) {
        const k = `${np.in}:${np.name}`;
        const old = oldParams.get(k);
        const alwaysSent = np.in === 'header' && ALWAYS_SENT_HEADERS.has(np.name.toLowerCase());
        if (np.required && !old?.required && !alwaysSent)
          problems.push(`${where}: ${np.in} parameter ${np.name} newly required`);
        if (old?.schema && np.schema) sendable(old.schema, np.schema, `${where} ${np.in} ${np.name}`, new Set());
      }
      const ob = op.requestBody;
      const nb = nop.requestBody;
      if (nb?.required && !ob?.required && !ob) problems.push(`${where}: request body newly required`);
      for (const [mime, media] of Object.entries(nb?.content ?? {})) {
        const omedia = ob?.content?.[mime];
        if (omedia) sendable(omedia.schema, media.schema, `${where} body`, new Set());
      }
    }
  }
  return problems;
}
