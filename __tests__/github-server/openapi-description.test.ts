import { describe, expect, it } from '@jest/globals'
import { toJsonSchema } from '../helpers/github-server/json-schema.js'
import {
  buildIndex,
  loadOpenApiIndex,
  openApiLoadStats,
  type OperationSpec
} from '../helpers/github-server/openapi-index.js'
import { OperationValidator } from '../helpers/github-server/operation-validator.js'
import { RouteTable } from '../helpers/github-server/route-table.js'

function operation(id: string): OperationSpec {
  const found = loadOpenApiIndex().operations.find(o => o.operationId === id)
  if (!found) throw new Error(`no ${id}`)
  return found
}

function annotationsSchema(id: string): Record<string, unknown> {
  const body = operation(id).body?.json as {
    properties: { output: { properties: { annotations: Record<string, unknown> } } }
  }
  return body.properties.output.properties.annotations
}

describe("GitHub's published description", () => {
  it('is read once per test file, from the slim cache after the first build', () => {
    const first = loadOpenApiIndex()
    expect(loadOpenApiIndex()).toBe(first)
    const stats = openApiLoadStats()
    expect(stats?.source).toMatch(/api\.github\.com\.deref\.json$/)
    expect(stats?.ms).toBeGreaterThan(0)
    expect(first.operations.length).toBeGreaterThan(1000)
  })

  it('limits check-run annotations to 50 per request itself (maxItems)', () => {
    // GitHub: "The Checks API limits the number of annotations to a maximum of 50 per API
    // request" (https://docs.github.com/en/rest/checks/runs#update-a-check-run). The server relies on
    // this maxItems; if a newer description dropped it, the handler's own check takes over.
    expect(annotationsSchema('checks/create')['maxItems']).toBe(50)
    expect(annotationsSchema('checks/update')['maxItems']).toBe(50)
  })

  it('keeps what validates and drops what documents', () => {
    const schema = operation('issues/create-comment').body?.json
    expect(schema).toEqual({
      type: 'object',
      properties: { body: { type: 'string' } },
      required: ['body']
    })
    expect(operation('checks/update').docs).toBe(
      'https://docs.github.com/rest/checks/runs#update-a-check-run'
    )
  })
})

describe('toJsonSchema', () => {
  it('turns nullable into a null type, also next to an enum or without a type', () => {
    expect(toJsonSchema({ type: 'string', nullable: true, enum: ['a'] })).toEqual({
      type: ['string', 'null'],
      enum: ['a', null]
    })
    const allOf = { allOf: [{ type: 'object' }], nullable: true, description: 'x' }
    expect(toJsonSchema(allOf)).toEqual({
      anyOf: [{ allOf: [{ type: 'object' }] }, { type: 'null' }]
    })
  })

  it('drops documentation keywords but keeps properties that happen to share their names', () => {
    const schema = {
      type: 'object',
      description: 'doc',
      example: {},
      'x-github': {},
      properties: { description: { type: 'string', example: 'e' }, title: { type: 'string' } }
    }
    expect(toJsonSchema(schema)).toEqual({
      type: 'object',
      properties: { description: { type: 'string' }, title: { type: 'string' } }
    })
  })
})

describe('RouteTable', () => {
  const routes = new RouteTable(loadOpenApiIndex().operations)
  const id = (method: string, path: string) => routes.match(method, path)?.operation.operationId

  it('prefers a literal segment over a parameter', () => {
    expect(id('GET', '/repos/o/r/pulls/comments')).toBe('pulls/list-review-comments-for-repo')
    expect(id('GET', '/repos/o/r/pulls/7')).toBe('pulls/get')
    expect(id('PATCH', '/repos/o/r/check-runs/5')).toBe('checks/update')
  })

  it('decodes path parameters and matches nothing it does not know', () => {
    expect(
      routes.match('DELETE', '/repos/o/r/issues/1/labels/known-good%3Ablocked')?.params
    ).toEqual({ owner: 'o', repo: 'r', issue_number: '1', name: 'known-good:blocked' })
    expect(id('GET', '/repos/o/r/no-such-thing')).toBeUndefined()
    expect(id('PUT', '/repos/o/r/check-runs')).toBeUndefined()
    expect(id('GET', '/repos/o/r/')).toBeUndefined()
  })
})

describe('OperationValidator', () => {
  const validator = new OperationValidator(loadOpenApiIndex())

  it("says what is wrong in GitHub's words", () => {
    expect(validator.body(operation('checks/create'), { head_sha: 'x' })).toEqual([
      `"name" wasn't supplied.`
    ])
    expect(validator.body(operation('checks/create'), { name: 5, head_sha: 'x' })).toEqual([
      `For 'name', 5 is not a string.`
    ])
    // The update schema's anyOf: a completed run needs a conclusion.
    expect(validator.body(operation('checks/update'), { status: 'completed' })).toEqual([
      `"conclusion" wasn't supplied.`
    ])
  })

  it('coerces query parameters and fills in their defaults', () => {
    const result = validator.parameters(operation('checks/list-for-ref'), 'query', {
      per_page: '2'
    })
    expect(result).toEqual({ values: { per_page: 2, page: 1, filter: 'latest' }, errors: [] })
    expect(
      validator.parameters(operation('checks/list-for-ref'), 'query', { filter: 'newest' }).errors
    ).toEqual([`For 'filter', "newest" is not a member of ["latest","all"].`])
  })
})

describe('buildIndex', () => {
  it('reads operations, merged parameters, JSON bodies and 2xx responses', () => {
    const index = buildIndex({
      info: { version: '1' },
      paths: {
        '/things/{id}': {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          post: {
            operationId: 'things/update',
            requestBody: {
              required: true,
              content: { 'application/json': { schema: { type: 'object', nullable: true } } }
            },
            responses: {
              '200': { content: { 'application/json': { schema: { format: 'uri' } } } },
              '204': { description: 'none' },
              '404': { content: { 'application/json': { schema: {} } } }
            }
          }
        }
      }
    })
    expect(index).toEqual({
      version: '1',
      formats: ['uri'],
      operations: [
        {
          operationId: 'things/update',
          method: 'POST',
          path: '/things/{id}',
          docs: undefined,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          body: {
            required: true,
            json: { type: ['object', 'null'] },
            contentTypes: ['application/json']
          },
          responses: { '200': { format: 'uri' }, '204': null }
        }
      ]
    })
  })
})
