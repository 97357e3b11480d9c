// Types for parse-prometheus-text-format (it ships none): the prom2json shape it returns.
declare module 'parse-prometheus-text-format' {
  export interface ParsedFamily {
    name: string
    help: string
    type: string
    metrics: { value: string; labels?: Record<string, string> }[]
  }
  export default function parsePrometheusTextFormat(text: string): ParsedFamily[]
}
