// Unit tests of the OpenAPI compatibility rules (scripts/lib/openapi-compat.mjs), run by `pnpm test`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from '../lib/openapi-compat.mjs';

const ticket = {
  type: 'object',
  required: ['id', 'status'],
  properties: {
    id: { type: 'string' },
    status: { type: 'string', enum: ['open', 'closed'] },
    note: { type: 'string' },
  },
};
const doc = (schemas, paths) => ({ openapi: '3.0.0', info: { version: '1.0.0' }, paths, components: { schemas } });
const base = () =>
  doc(
    {
      Ticket: structuredClone(ticket),
      Page: {
        type: 'object',
        properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Ticket' } } },
      },
      Create: {
        type: 'object',
        required: ['title'],
        properties: { title: { type: 'string' }, kind: { type: 'string', enum: ['a', 'b'] } },
      },
    },
    {
      '/tickets': {
        get: {
          parameters: [{ in: 'query', name: 'page', required: false, schema: { type: 'integer' } }],
          responses: { 200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Page' } } } } },
        },
        post: {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Create' } } },
          },
          responses: { 201: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Ticket' } } } } },
        },
      },
      '/old': { get: { responses: { 204: {} } } },
    },
  );

test('the same document and pure additions are compatible', () => {
  assert.deepEqual(compare(base(), base()), []);
  const added = base();
  added.paths['/new'] = { get: { responses: { 204: {} } } };
  added.components.schemas.Ticket.properties.extra = { type: 'string' };
  added.components.schemas.Ticket.properties.status.enum.push('merged');
  added.components.schemas.Create.properties.optional = { type: 'string' };
  assert.deepEqual(compare(base(), added), []);
});

test('a removed path is breaking', () => {
  const d = base();
  delete d.paths['/old'];
  assert.deepEqual(compare(base(), d), ['GET /old: operation removed']);
});

test('a removed response field is breaking, also inside array items behind $ref', () => {
  const d = base();
  delete d.components.schemas.Ticket.properties.note;
  const problems = compare(base(), d);
  assert.ok(problems.includes('GET /tickets → 200.items[].note: response field removed'), problems.join('\n'));
  assert.ok(problems.includes('POST /tickets → 201.note: response field removed'), problems.join('\n'));
});

test('a removed response enum value is breaking', () => {
  const d = base();
  d.components.schemas.Ticket.properties.status.enum = ['open'];
  assert.ok(compare(base(), d).includes('POST /tickets → 201.status: enum value "closed" removed'));
});

test('a newly required request field or parameter is breaking; a removed accepted value too', () => {
  const d = base();
  d.components.schemas.Create.required.push('kind');
  d.paths['/tickets'].get.parameters[0].required = true;
  d.components.schemas.Create.properties.kind.enum = ['a'];
  assert.deepEqual(compare(base(), d).sort(), [
    'GET /tickets: query parameter page newly required',
    'POST /tickets body.kind: accepted value "b" removed',
    'POST /tickets body.kind: request field newly required',
  ]);
});

test('documenting the community header as required is not breaking: every client already sends it', () => {
  const d = base();
  d.paths['/tickets'].get.parameters.push({
    in: 'header',
    name: 'X-Community-Id',
    required: true,
    schema: { type: 'string' },
  });
  d.paths['/tickets'].get.parameters.push({
    in: 'header',
    name: 'X-Other',
    required: true,
    schema: { type: 'string' },
  });
  assert.deepEqual(compare(base(), d), ['GET /tickets: header parameter X-Other newly required']);
});
