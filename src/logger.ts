/** Where the product talks to the person running it. One implementation per platform. */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
  error(message: string): void
  /** Hides a secret in everything printed afterwards (a no-op where the platform has no masking). */
  mask(secret: string): void
}

/**
 * A line that the Actions runner would read as a workflow command (`::name ...::`) once its
 * leading white space is trimmed. Prefixing a zero-width space keeps the text readable while the
 * runner no longer sees `::` at the start.
 */
export function neutraliseCommands(text: string): string {
  return text
    .split('\n')
    .map(line => (line.trimStart().startsWith('::') ? `\u200b${line}` : line))
    .join('\n')
}

/** Prints lines for a terminal or another CI's log (stderr when stdout carries `--json` output). */
export class ConsoleLogger implements Logger {
  private readonly secrets: string[] = []
  constructor(
    private readonly out: (text: string) => void,
    private readonly verbose = false
  ) {}
  private write(line: string): void {
    this.out(`${line}\n`)
  }
  debug(message: string): void {
    if (this.verbose) this.write(this.redact(`debug: ${message}`))
  }
  info(message: string): void {
    this.write(this.redact(message))
  }
  warning(message: string): void {
    this.write(this.redact(`warning: ${message}`))
  }
  error(message: string): void {
    this.write(this.redact(`error: ${message}`))
  }
  mask(secret: string): void {
    if (secret.length > 0) this.secrets.push(secret)
  }
  private redact(text: string): string {
    return this.secrets.reduce((out, secret) => out.split(secret).join('***'), text)
  }
}
