import { Cron } from 'croner'
import { parseDuration } from '../util/duration.js'

/**
 * A Velero schedule's `spec.schedule`, read the way Velero reads it: robfig/cron v3's
 * `ParseStandard` (pkg/controller/schedule_controller.go, parseCronSchedule): five fields
 * (minute hour day-of-month month day-of-week), `?` as `*`, names (JAN, MON), the descriptors
 * @yearly @annually @monthly @weekly @daily @midnight @hourly, `@every <duration>`, and an
 * optional `CRON_TZ=<zone>` (or `TZ=`) prefix. Without one, robfig uses the Velero server's
 * local time zone, which in Velero's container image is UTC: so is ours.
 */
export interface CronSchedule {
  expression: string
  /** The first run strictly after `after`. */
  next(after: Date): Date
}

/** robfig/cron's descriptors (robfig/cron v3 parser.go, parseDescriptor). */
const DESCRIPTORS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *'
}

/** A fixed delay (`@every 1h30m`): robfig's ConstantDelaySchedule, whole seconds, at least 1 s. */
function every(expression: string, text: string): CronSchedule {
  const ms = parseDuration(text)
  if (ms === undefined || ms <= 0)
    throw new Error(`@every needs a duration such as 30m or 1h30m, not ${JSON.stringify(text)}`)
  const delay = Math.max(1000, Math.round(ms / 1000) * 1000)
  return {
    expression,
    next: after => new Date(Math.floor(after.getTime() / 1000) * 1000 + delay)
  }
}

/** Parses `spec.schedule`; throws an Error saying what is wrong with it. */
export function parseCron(expression: string): CronSchedule {
  let rest = expression.trim()
  let timezone = 'UTC'
  const zone = /^(?:CRON_TZ|TZ)=(\S+)\s+(.*)$/.exec(rest)
  if (zone) {
    timezone = zone[1]!
    rest = zone[2]!.trim()
    try {
      new Intl.DateTimeFormat('en', { timeZone: timezone })
    } catch {
      throw new Error(`unknown time zone ${JSON.stringify(timezone)}`)
    }
  }
  if (rest.startsWith('@every ')) return every(expression, rest.slice('@every '.length).trim())
  const pattern = rest.startsWith('@') ? DESCRIPTORS[rest.toLowerCase()] : rest
  if (pattern === undefined) throw new Error(`unknown descriptor ${JSON.stringify(rest)}`)
  // robfig reads `?` as `*`; croner would put the current time there.
  const cron = new Cron(pattern.replace(/\?/g, '*'), {
    paused: true,
    mode: '5-part',
    timezone,
    domAndDow: false
  })
  return {
    expression,
    next: after => {
      const run = cron.nextRun(after)
      if (!run) throw new Error(`schedule ${JSON.stringify(expression)} never runs again`)
      return run
    }
  }
}
