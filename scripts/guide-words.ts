/** Prints the prose words and the Flesch-Kincaid grade of every guide page, and the total: `node scripts/guide-words.ts`. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fleschKincaidGrade, proseOf, wordsOf } from '../src/core/readability.ts';

const dir = join(import.meta.dirname, '..', 'content', 'guide');
let total = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()) {
  const prose = proseOf(readFileSync(join(dir, file), 'utf8'));
  const words = wordsOf(prose).length;
  total += words;
  console.log(
    `${file.padEnd(36)} ${String(words).padStart(6)} words   grade ${fleschKincaidGrade(prose).toFixed(1)}`,
  );
}
console.log(`${'total'.padEnd(36)} ${String(total).padStart(6)} words`);
