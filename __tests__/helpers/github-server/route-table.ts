import type { OperationSpec } from './openapi-index.js'

export interface RouteMatch {
  operation: OperationSpec
  /** Path parameters, percent-decoded, still strings. */
  params: Record<string, string>
}

interface Node {
  literals: Map<string, Node>
  /** Child for a `{name}` segment; the name may differ between templates sharing the node. */
  param: Node | undefined
  /** Operation by method, with the names of the template's parameters in order. */
  operations: Map<string, { operation: OperationSpec; names: string[] }>
}

const newNode = (): Node => ({ literals: new Map(), param: undefined, operations: new Map() })
const PARAM = /^\{([^}]+)\}$/

/**
 * Method + path → operation, the way GitHub's router resolves templates: a literal segment wins
 * over a parameter (`/pulls/comments` is not pull number "comments").
 */
export class RouteTable {
  private readonly root = newNode()

  constructor(operations: Iterable<OperationSpec>) {
    for (const operation of operations) this.add(operation)
  }

  private add(operation: OperationSpec): void {
    let node = this.root
    const names: string[] = []
    for (const segment of segments(operation.path)) {
      const param = PARAM.exec(segment)
      if (param) {
        names.push(param[1] as string)
        node = node.param ??= newNode()
      } else {
        let next = node.literals.get(segment)
        if (!next) node.literals.set(segment, (next = newNode()))
        node = next
      }
    }
    node.operations.set(operation.method, { operation, names })
  }

  /** `rawPath` as received: percent-encoded, without the API prefix and the query. */
  match(method: string, rawPath: string): RouteMatch | undefined {
    const parts = segments(rawPath)
    const found = this.walk(this.root, parts, 0, [], method.toUpperCase())
    if (!found) return undefined
    const params: Record<string, string> = {}
    found.names.forEach((name, i) => (params[name] = safeDecode(found.values[i] as string)))
    return { operation: found.operation, params }
  }

  private walk(
    node: Node,
    parts: string[],
    at: number,
    values: string[],
    method: string
  ): { operation: OperationSpec; names: string[]; values: string[] } | undefined {
    if (at === parts.length) {
      const hit = node.operations.get(method)
      return hit ? { ...hit, values } : undefined
    }
    const part = parts[at] as string
    const literal = node.literals.get(part)
    const viaLiteral = literal && this.walk(literal, parts, at + 1, values, method)
    if (viaLiteral) return viaLiteral
    if (!node.param || part === '') return undefined
    return this.walk(node.param, parts, at + 1, [...values, part], method)
  }
}

function segments(path: string): string[] {
  return path.replace(/^\/+/, '').split('/')
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
