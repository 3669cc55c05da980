import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as named from '../../src/core/content-ids';

const ids = (file: string): string[] =>
  (
    parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', file), 'utf8')) as { id: string }[]
  ).map((entry) => entry.id);
const constants = (prefix: string) => Object.entries(named).filter(([name]) => name.startsWith(prefix));

describe('the content ids the code names are in the content', () => {
  it('names some of each', () => {
    expect(constants('ITEM_').length).toBeGreaterThan(0);
    expect(constants('SITUATION_').length).toBeGreaterThan(0);
    expect(constants('ITEM_').length + constants('SITUATION_').length).toBe(Object.keys(named).length);
  });
  it.each(constants('ITEM_'))('checklist item %s (%s) is in content/checklist.yaml', (_name, id) => {
    expect(ids('checklist.yaml')).toContain(id);
  });
  it.each(constants('SITUATION_'))('situation %s (%s) is in content/situations.yaml', (_name, id) => {
    expect(ids('situations.yaml')).toContain(id);
  });
});
