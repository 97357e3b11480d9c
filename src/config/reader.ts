import { ConfigurationError } from '../errors.js'
import { parseDuration } from '../util/duration.js'
import type {
  BooleanName,
  Command,
  DefaultedEnumName,
  DefaultedStringName,
  DurationName,
  EnumName,
  EnumValue,
  InputName,
  IntegerName,
  ListName,
  NumberName,
  StringName
} from './inputs.js'
import { appliesTo, INPUTS, isExpressionDefault } from './inputs.js'

export type Platform = 'action' | 'cli'

/** Inputs as the entry point read them: action inputs are strings, CLI flags may repeat. */
export type RawInputs = Partial<Record<InputName, string | string[] | boolean | undefined>>

/**
 * Reads and validates inputs for one command, with the defaults of the input table. Errors name
 * the input as the platform spells it (`input 'fail-on'` or `--fail-on`), the bad value and what
 * is expected. Reading an input that does not apply to the command is a programming error: it
 * keeps the table's `commands` honest (see the applicability test).
 */
export class InputReader {
  /** The inputs this reader was asked for. */
  readonly read = new Set<InputName>()

  constructor(
    private readonly raw: RawInputs,
    readonly platform: Platform,
    readonly command: Command
  ) {}

  label(name: InputName): string {
    return this.platform === 'cli' ? `--${name}` : `input '${name}'`
  }

  fail(name: InputName, value: string, expected: string): never {
    throw new ConfigurationError(`${this.label(name)} is ${JSON.stringify(value)}: ${expected}`, {
      input: name
    })
  }

  /** `rest` follows "is required", e.g. `: name the files` or ` for restore: say why`. */
  required(name: InputName, rest: string): never {
    throw new ConfigurationError(`${this.label(name)} is required${rest}`, { input: name })
  }

  private value(name: InputName): string | string[] | boolean | undefined {
    if (!appliesTo(name, this.command))
      throw new Error(`input ${name} does not apply to the ${this.command} command`)
    this.read.add(name)
    return this.raw[name]
  }

  private text(name: InputName): string | undefined {
    const value = this.value(name)
    if (typeof value === 'boolean') return String(value)
    const text = (Array.isArray(value) ? value[value.length - 1] : value)?.trim()
    return text === undefined || text === '' ? undefined : text
  }

  /** The value given, else the table's default (a workflow expression counts as none). */
  string(name: DefaultedStringName): string
  string(name: StringName): string | undefined
  string(name: StringName): string | undefined {
    const given = this.text(name)
    if (given !== undefined) return given
    const def = INPUTS[name]
    return 'default' in def && !isExpressionDefault(def) ? def.default : undefined
  }

  /** The values given, one per line (and per repeated flag), trimmed, blanks and `#` comments dropped. */
  list(name: ListName): string[] {
    const value = this.value(name)
    const parts =
      value === undefined || typeof value === 'boolean'
        ? []
        : Array.isArray(value)
          ? value
          : [value]
    return parts
      .flatMap(part => part.split(/\r?\n/))
      .map(part => part.trim())
      .filter(part => part !== '' && !part.startsWith('#'))
  }

  /** YAML 1.2 core schema booleans, like @actions/core's getBooleanInput. */
  boolean(name: BooleanName): boolean {
    const value = this.value(name)
    if (typeof value === 'boolean') return value
    const text = this.text(name)
    if (text === undefined) return INPUTS[name].default
    if (['true', 'True', 'TRUE'].includes(text)) return true
    if (['false', 'False', 'FALSE'].includes(text)) return false
    return this.fail(name, text, 'expected true or false')
  }

  /** One of the table's values (its default when not given). */
  enum<N extends DefaultedEnumName>(name: N): EnumValue<N>
  enum<N extends EnumName>(name: N): EnumValue<N> | undefined
  enum<N extends EnumName>(name: N): EnumValue<N> | undefined {
    const def = INPUTS[name]
    const given = this.text(name)
    const text = given === undefined ? ('default' in def ? def.default : undefined) : given
    if (text === undefined) return undefined
    const value = 'anyCase' in def && def.anyCase ? text.toLowerCase() : text
    if (!(def.values as readonly string[]).includes(value))
      this.fail(name, text, `expected one of ${def.values.join(', ')}`)
    return value as EnumValue<N>
  }

  integer(name: IntegerName): number {
    const def = INPUTS[name]
    const text = this.text(name)
    if (text === undefined) return def.default
    if (!/^\d+$/.test(text) || Number(text) < def.min || !Number.isSafeInteger(Number(text)))
      this.fail(name, text, `expected a whole number of at least ${def.min}`)
    return Number(text)
  }

  /** A decimal number (`1.5`, `2`) above the table's bound. */
  number(name: NumberName): number {
    const def = INPUTS[name]
    const text = this.text(name)
    if (text === undefined) return def.default
    if (!/^\d+(\.\d+)?$/.test(text) || !(Number(text) > def.above))
      this.fail(name, text, `expected a number greater than ${def.above}, e.g. ${def.default}`)
    return Number(text)
  }

  /** Milliseconds. */
  duration(name: DurationName): number {
    const text = this.text(name) ?? INPUTS[name].default
    const ms = parseDuration(text)
    if (ms === undefined || ms <= 0)
      this.fail(name, text, 'expected a duration such as 30m, 90s or 1h')
    return ms
  }

  /**
   * True when the user gave a value that is not the default. A default that is a workflow
   * expression is filled in by the runner, so it cannot tell: such inputs count as not given.
   */
  given(name: InputName): boolean {
    const def = INPUTS[name]
    const value = this.raw[name]
    if (value === undefined || value === false || isExpressionDefault(def)) return false
    const fallback = 'default' in def ? String(def.default) : undefined
    if (typeof value === 'boolean') return String(value) !== fallback
    const text = (Array.isArray(value) ? value.join('\n') : value).trim()
    return text !== '' && text !== fallback
  }
}
