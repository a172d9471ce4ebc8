/**
 * `npx tsx bench/generate.ts FILE`: generates the dataset into FILE and prints what was
 * generated as JSON. The benchmark runs it as a child process, so the memory figure
 * it prints afterwards is the app's, not the generator's.
 */
import { generateDataset } from './generator';

const file = process.argv[2];
if (!file) throw new Error('usage: tsx bench/generate.ts FILE');
process.stdout.write(JSON.stringify(generateDataset(file)));
