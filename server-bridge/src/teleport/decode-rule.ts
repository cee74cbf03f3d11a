/**
 * Validates access monitoring rules from the wire (AccessMonitoringRulesService and watch events)
 * into the domain shape. A malformed rule is refused with the field named, never half-read.
 */
import {formatIssues} from '@tma/card-contract';
import {z} from 'zod';
import type {MonitoringRule} from '../domain/monitoring-rule';

const name = z.string().min(1, 'is empty');

const ruleSchema = z.object({
  metadata: z.object({name, revision: z.string().default('')}, {error: 'is missing'}),
  kind: z.string().default(''),
  spec: z.object(
    {
      subjects: z.array(z.string()).default([]),
      condition: z.string().default(''),
      notification: z
        .object({name: z.string().default(''), recipients: z.array(z.string()).default([])})
        .nullable()
        .default(null),
      schedules: z
        .record(
          z.string(),
          z.object({
            time: z
              .object({
                timezone: z.string().default(''),
                shifts: z.array(z.object({weekday: z.string(), start: z.string(), end: z.string()})).default([]),
              })
              .nullable()
              .default(null),
          }),
        )
        .default({}),
    },
    {error: 'is missing'},
  ),
});

export function decodeMonitoringRule(raw: unknown): MonitoringRule {
  const parsed = ruleSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`access monitoring rule: ${formatIssues(parsed.error.issues, {firstOnly: true})}`);
  }
  const {metadata, spec} = parsed.data;
  return {
    name: metadata.name,
    revision: metadata.revision,
    subjects: spec.subjects,
    condition: spec.condition,
    notification: spec.notification,
    schedules: Object.entries(spec.schedules).map(([key, s]) => ({name: key, timezone: s.time?.timezone ?? '', shifts: s.time?.shifts ?? []})),
  };
}
