import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../server/src/analysis/compare';

interface Setting {
  enum?: string[];
  default?: string;
  description?: string;
}

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8'));
const properties: Record<string, Setting> = manifest.contributes.configuration.properties;

test('every rule has its setting in package.json, with the levels and the rule\'s default', () => {
  for (const rule of RULES) {
    const setting = properties[`triangulate.rules.${rule.id}`];
    assert.ok(setting, `missing setting triangulate.rules.${rule.id}`);
    assert.deepEqual(setting.enum, ['off', 'error', 'warning', 'information', 'hint']);
    assert.equal(setting.default, rule.enabledByDefault ? rule.defaultSeverity : 'off', rule.id);
    assert.ok(setting.description && setting.description.length > 10);
  }
});

test('every rule setting in package.json names a rule that exists', () => {
  const ids = new Set(RULES.map((r) => r.id));
  for (const key of Object.keys(properties).filter((k) => k.startsWith('triangulate.rules.'))) {
    assert.ok(ids.has(key.slice('triangulate.rules.'.length)), `${key} has no rule`);
  }
});

test('rule ids are unique, stable kebab-case names with a one-line description', () => {
  const ids = RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const r of RULES) {
    assert.match(r.id, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(!r.description.includes('\n') && r.description.endsWith('.'));
  }
});
