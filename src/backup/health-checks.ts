/**
 * The checks of the health command, by name. A module of its own so that the configuration
 * (`skip-checks`) names them without loading the health code and its cron parser.
 */
export const HEALTH_CHECKS = [
  'schedule-age',
  'last-backup',
  'known-good-age',
  'known-good-expiry',
  'storage',
  'posture',
  'drill'
] as const
export type HealthCheckName = (typeof HEALTH_CHECKS)[number]
