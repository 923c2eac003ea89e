/**
 * `npm run questions:blind`: the options-only check of the question standard
 * (CONTRIBUTING.md, "Check that the scenario decides").
 *
 *   npm run questions:blind -- sheet <dir> [question files…] [--seed N]
 *     writes <dir>/options.md (for the reader: shuffled options, nothing else)
 *     and <dir>/key.json (for you: which question each item is, and its key).
 *   npm run questions:blind -- score <dir> <answers.json>
 *     prints how often the reader found the key, and the questions to rewrite.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { OptionsOnlyQuestion, OptionsOnlySheet } from '../../src/lib/practice/options-only';
import { loadProjectModule, projectRoot as root } from './project-module.ts';

const { buildSheet, confidenceLevels, parseAnswers, scoreAnswers, sheetMarkdown } = await loadProjectModule<
	typeof import('../../src/lib/practice/options-only')
>('src/lib/practice/options-only.ts');
const { readRawQuestions } = await loadProjectModule<typeof import('../support/question-bank')>(
	'tests/support/question-bank.ts'
);
const { randomSeed } =
	await loadProjectModule<typeof import('../../src/lib/practice/random')>('src/lib/practice/random.ts');
const { questionSchema } =
	await loadProjectModule<typeof import('../../src/schemas/question')>('src/schemas/question.ts');

const usage = `Usage:
  npm run questions:blind -- sheet <dir> [question files…] [--seed N]
  npm run questions:blind -- score <dir> <answers.json>`;

function stop(message: string): never {
	console.error(message);
	process.exit(1);
}

const percent = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)}%` : '–');

async function sheet(dir: string, args: string[]): Promise<void> {
	const seedAt = args.indexOf('--seed');
	const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : randomSeed();
	if (!Number.isInteger(seed) || seed < 0) stop(`--seed: expected a whole number, got ${args[seedAt + 1]}`);
	const files = args
		.filter((_, i) => seedAt < 0 || (i !== seedAt && i !== seedAt + 1))
		.map((f) => relative(root, resolve(f)));
	const questions: OptionsOnlyQuestion[] = [];
	for (const raw of await readRawQuestions()) {
		if (files.length && !files.includes(raw.file)) continue;
		const parsed = questionSchema.safeParse(raw.data);
		if (!parsed.success)
			stop(`${raw.file} question ${raw.index + 1} (${raw.id}) is invalid: run npm run questions:check`);
		questions.push(parsed.data);
	}
	if (!questions.length) stop(`No questions in ${files.join(', ')}. Give paths like src/content/questions/4.1.yaml.`);
	const built = buildSheet(questions, seed);
	await mkdir(dir, { recursive: true });
	await writeFile(join(dir, 'options.md'), sheetMarkdown(built));
	await writeFile(join(dir, 'key.json'), `${JSON.stringify(built, null, '\t')}\n`);
	console.log(`${built.items.length} items (seed ${seed}).
Give ${join(dir, 'options.md')} to a reader who has not seen the questions, and nothing else. Ask for one JSON
object keyed by item number: {"1": {"pick": ["B"], "confidence": ${confidenceLevels.map((c) => `"${c}"`).join(' | ')}, "cue": "what gave it away"}}.
Keep ${join(dir, 'key.json')} to yourself. Then: npm run questions:blind -- score ${dir} <answers.json>`);
}

async function score(dir: string, answersFile: string): Promise<void> {
	const built = JSON.parse(await readFile(join(dir, 'key.json'), 'utf8')) as OptionsOnlySheet;
	let data: unknown;
	try {
		data = JSON.parse(await readFile(answersFile, 'utf8'));
	} catch (error) {
		stop(`${answersFile}: not readable JSON (${(error as Error).message})`);
	}
	const result = scoreAnswers(built.key, parseAnswers(data, built, answersFile));
	console.log(
		`Key found from the options alone: ${result.keyed} of ${result.answered} (${percent(result.keyed, result.answered)}); the standard asks for at most half.${result.unanswered ? ` ${result.unanswered} items unanswered.` : ''}`
	);
	for (const level of confidenceLevels) {
		const t = result.byConfidence[level];
		console.log(`  ${level.padEnd(6)} ${t.keyed} of ${t.answered} (${percent(t.keyed, t.answered)})`);
	}
	for (const [objective, t] of Object.entries(result.byObjective).sort(([a], [b]) =>
		a.localeCompare(b, 'en', { numeric: true })
	)) {
		console.log(`  ${objective.padEnd(6)} ${t.keyed} of ${t.answered} (${percent(t.keyed, t.answered)})`);
	}
	if (result.giveaways.length) {
		console.log('\nRewrite first (key picked with confidence, and what gave it away):');
		for (const g of result.giveaways) console.log(`  ${g.confidence.padEnd(5)} ${g.objective} ${g.id}: ${g.cue}`);
	}
}

const [command, dir, ...rest] = process.argv.slice(2);
try {
	if (command === 'sheet' && dir) await sheet(dir, rest);
	else if (command === 'score' && dir && rest[0]) await score(dir, rest[0]);
	else stop(usage);
} catch (error) {
	stop((error as Error).message);
}
