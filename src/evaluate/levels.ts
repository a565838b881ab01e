/** A rule's level for this run: --rule beats the configuration, which beats the catalogue. */
import type { Level, LevelSetting } from '../core/finding.js';
import { ruleById } from '../rules/catalogue.js';

export type LevelOverrides = Readonly<Record<string, LevelSetting>>;

export function effectiveLevel(
  ruleId: string,
  config: LevelOverrides,
  cli: LevelOverrides,
  fallback: Level = 'error',
): LevelSetting {
  return cli[ruleId] ?? config[ruleId] ?? ruleById(ruleId)?.level ?? fallback;
}

export function isOn(level: LevelSetting): level is Level {
  return level !== 'off';
}
