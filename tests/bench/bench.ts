/**
 * Benchmark (`npm run bench`; not part of `npm test`): builds the site and
 * prints one table of speed and size figures (including how long each Vitest
 * project takes), and writes them as JSON to
 * .tmp/bench.json. Run with the project's Node (npm scripts put it first on PATH).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, findChromium, launchChromium, openSearch } from '../support/browser.ts';
import { serveDist } from '../support/static-server.ts';
import { measureFirstVisit, type Transfer } from '../support/transfer.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');

async function folderBytes(dir: string): Promise<{ bytes: number; files: number }> {
	let bytes = 0;
	let files = 0;
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		bytes += (await stat(join(entry.parentPath, entry.name))).size;
		files++;
	}
	return { bytes, files };
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

// 1. Build, timed.
const buildStart = performance.now();
const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
	cwd: root,
	encoding: 'utf8',
});
const buildSeconds = (performance.now() - buildStart) / 1000;
if (build.status !== 0) {
	console.error(build.stdout, build.stderr);
	process.exit(1);
}
const pages = (await readdir(dist, { recursive: true })).filter((f) => String(f).endsWith('.html')).length;
const distSize = await folderBytes(dist);
const pagefindSize = await folderBytes(join(dist, 'pagefind'));

const server = await serveDist(dist);
const browser = await launchChromium();

// 2. First-visit transfer per page type.
const pageTypes: Record<string, string> = {
	home: '',
	overview: 'section-1/',
	content: 'section-1/bigquery-ml/',
	practice: 'practice/1.1/',
};
const transfer: Record<string, Transfer> = {};
for (const [type, path] of Object.entries(pageTypes))
	transfer[type] = await measureFirstVisit(browser, server.url + path);

// 3. Search latency: time from typing a query to its results in the dialog.
const queries = [
	'AutoML',
	'pipelines',
	'drift',
	'BigQuery ML',
	'forecast horizon',
	'Document AI',
	'Vector Search',
	'class imbalance',
	'Feature Store',
	'TPU',
	'grounding',
	'ARIMA_PLUS',
];
const page = await browser.newPage();
await page.goto(server.url + 'section-1/');
await openSearch(page);
const latencies: number[] = [];
for (const query of ['warm-up', ...queries]) {
	const ms = await page.evaluate(async (q) => {
		const field = document.querySelector<HTMLInputElement>('dialog input[type=text]')!;
		const message = () => document.querySelector('.pagefind-ui__message')?.textContent ?? '';
		const start = performance.now();
		field.value = q;
		field.dispatchEvent(new Event('input', { bubbles: true }));
		await new Promise<void>((done) => {
			const check = () =>
				message().includes(q) && document.querySelector('.pagefind-ui__result') ? done() : requestAnimationFrame(check);
			check();
			setTimeout(done, 5000);
		});
		return performance.now() - start;
	}, query);
	if (query !== 'warm-up') latencies.push(ms);
}
// The dialog waits for Pagefind UI's input debounce (300 ms) before searching;
// also time the search engine itself, in the same page, without the UI.
const engineMs: number[] = await page.evaluate(async (qs) => {
	const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
	await pagefind.init();
	const times: number[] = [];
	for (const q of qs) {
		const start = performance.now();
		const search = await pagefind.search(q);
		await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
		times.push(performance.now() - start);
	}
	return times;
}, queries);
await browser.close();

// 4. Lighthouse scores.
const lighthouseTargets: Record<string, string> = {
	home: '',
	study: 'section-1/bigquery-ml/',
	practice: 'practice/1.1/',
};
const scores: Record<string, Record<string, number>> = {};
const chrome = await chromeLauncher.launch({
	chromePath: (await findChromium()).executablePath,
	chromeFlags: chromiumFlags,
});
for (const [name, path] of Object.entries(lighthouseTargets)) {
	const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error' });
	const categories = result!.lhr.categories;
	scores[name] = Object.fromEntries(
		Object.entries(categories).map(([key, c]) => [key, Math.round((c.score ?? 0) * 100)])
	);
	const shortfalls = Object.values(result!.lhr.audits).filter(
		(a) =>
			a.score !== null &&
			a.score < 1 &&
			a.scoreDisplayMode !== 'informative' &&
			a.scoreDisplayMode !== 'notApplicable' &&
			a.scoreDisplayMode !== 'manual'
	);
	if (shortfalls.length) scores[name]!.shortfalls = shortfalls.length;
	if (process.env.BENCH_VERBOSE)
		for (const a of shortfalls) console.log(`  ${name}: ${a.id} (${a.score}) ${a.displayValue ?? ''}`);
}
chrome.kill();
await server.close();

// 5. Test suite time per Vitest project, so its growth stays visible (BENCH_TESTS=0 skips it).
const testSeconds: Record<string, number> = {};
if (process.env.BENCH_TESTS !== '0') {
	for (const project of ['unit', 'build', 'browser']) {
		const start = performance.now();
		const run = spawnSync(
			process.execPath,
			[join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', project, '--reporter=dot'],
			{ cwd: root, encoding: 'utf8' }
		);
		testSeconds[project] = Number(((performance.now() - start) / 1000).toFixed(1));
		if (run.status !== 0)
			console.error(`The ${project} tests failed during the benchmark:\n${run.stdout.slice(-2000)}`);
	}
}

// 6. Report.
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const report = {
	date: new Date().toISOString(),
	buildSeconds: Number(buildSeconds.toFixed(1)),
	pages,
	distBytes: distSize.bytes,
	pagefindBytes: pagefindSize.bytes,
	firstVisitGzipBytes: transfer,
	search: {
		queries: queries.length,
		engineMedianMs: Number(median(engineMs).toFixed(1)),
		medianMs: Number(median(latencies).toFixed(1)),
		maxMs: Number(Math.max(...latencies).toFixed(1)),
	},
	lighthouse: scores,
	testSeconds,
};
const rows: [string, string][] = [
	['Build time', `${report.buildSeconds} s`],
	['Pages', String(pages)],
	['dist/ size', `${kb(distSize.bytes)} (${distSize.files} files)`],
	['Pagefind index', `${kb(pagefindSize.bytes)} (${pagefindSize.files} files)`],
	...Object.entries(transfer).map(([type, t]): [string, string] => [
		`First visit: ${type}`,
		`${kb(t.total)} gzip (HTML ${kb(t.html)}, CSS ${kb(t.css)}, JS ${kb(t.js)}, other ${kb(t.other)}; ${t.requests} requests)`,
	]),
	[
		'Search: typing to results',
		`median ${report.search.medianMs} ms, max ${report.search.maxMs} ms (${queries.length} queries; includes Pagefind UI's 300 ms input debounce)`,
	],
	['Search engine alone', `median ${report.search.engineMedianMs} ms per query, with top-5 result data`],
	...Object.entries(scores).map(([name, s]): [string, string] => [
		`Lighthouse: ${name}`,
		`performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo}`,
	]),
	...Object.entries(testSeconds).map(([project, seconds]): [string, string] => [
		`Tests: ${project}`,
		`${seconds} s (vitest run --project ${project})`,
	]),
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`\n| ${'Measure'.padEnd(width)} | Value |\n| ${'-'.repeat(width)} | ----- |`);
for (const [key, value] of rows) console.log(`| ${key.padEnd(width)} | ${value} |`);
await mkdir(join(root, '.tmp'), { recursive: true });
await writeFile(join(root, '.tmp', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('\nWrote .tmp/bench.json');
