/**
 * `npm run search:try [queries.jsonl]`: runs search queries against the built
 * index in `dist/` (run `npm run build` first) the way the search-quality test
 * does, and prints the top 3 pages of each. With no file it runs the committed
 * set in tests/search-queries.json; a file holds one `{ "query", "objectives" }`
 * per line, for trying queries before adding them to the set (without
 * `objectives`, the top 3 are printed and not judged).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadPagefind } from '../support/pagefind-node.ts';
import { loadProjectModule, projectRoot as root } from './project-module.ts';

const { objectiveFilterLabel } =
	await loadProjectModule<typeof import('../../src/lib/search-filters')>('src/lib/search-filters.ts');

interface QueryCase {
	query: string;
	/** Sub-objectives whose pages answer the query well; absent to just look at the results. */
	objectives?: string[];
}
const file = process.argv[2];
const cases: QueryCase[] = file
	? (await readFile(file, 'utf8'))
			.split('\n')
			.filter((line) => line.trim())
			.map((line) => JSON.parse(line))
	: JSON.parse(await readFile(join(root, 'tests/search-queries.json'), 'utf8')).queries;

const pagefind = await loadPagefind(join(root, 'dist'));
let hits = 0;
let judged = 0;
for (const c of cases) {
	const search = await pagefind.search(c.query);
	const top = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
	const urls = top.map((p) => p.url).join(', ');
	if (!c.objectives?.length) {
		console.log(`     "${c.query}": ${urls}`);
		continue;
	}
	judged++;
	const wanted = c.objectives.map(objectiveFilterLabel);
	const hit = top.some((page) => (page.filters.objective ?? []).some((o) => wanted.includes(o)));
	if (hit) hits++;
	console.log(`${hit ? 'ok  ' : 'MISS'} "${c.query}" (wants ${c.objectives.join(' or ')}): ${urls}`);
}
if (judged > 0) console.log(`\n${hits}/${judged} with a good answer in the top 3.`);
