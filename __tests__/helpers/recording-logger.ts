import type { Logger } from '../../src/logger.js'

type Level = 'debug' | 'info' | 'warning' | 'error'

/** Keeps every line, for tests that assert on what a person would read. */
export class RecordingLogger implements Logger {
  readonly lines: { level: Level; message: string }[] = []
  readonly masked: string[] = []
  debug(message: string): void {
    this.lines.push({ level: 'debug', message })
  }
  info(message: string): void {
    this.lines.push({ level: 'info', message })
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message })
  }
  error(message: string): void {
    this.lines.push({ level: 'error', message })
  }
  mask(secret: string): void {
    this.masked.push(secret)
  }
  text(level?: Level): string {
    return this.lines
      .filter(line => level === undefined || line.level === level)
      .map(line => line.message)
      .join('\n')
  }
}
