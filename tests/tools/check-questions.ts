/**
 * `npm run questions:check [files…]`: checks question files the way the build
 * does (YAML, schema, unique ids across the bank) and prints the option-balance
 * figures per file, per section and for the bank, with the least balanced
 * questions first. Authors run it while writing; the unit tests enforce it.
 */
import { relative, resolve } from 'node:path';
import type { QuestionBalance } from '../../src/lib/practice/option-balance';
import { loadProjectModule, projectRoot as root } from './project-module.ts';

const { assertUniqueIds } =
	await loadProjectModule<typeof import('../../src/lib/question-files')>('src/lib/question-files.ts');
const { readRawQuestions } = await loadProjectModule<typeof import('../support/question-bank')>(
	'tests/support/question-bank.ts'
);
const { questionSchema } =
	await loadProjectModule<typeof import('../../src/schemas/question')>('src/schemas/question.ts');
const { balanceLimits, balanceProblems, questionBalance, summarizeBalance } = await loadProjectModule<
	typeof import('../../src/lib/practice/option-balance')
>('src/lib/practice/option-balance.ts');
const focus = process.argv.slice(2).map((f) => resolve(f));

let failed = false;
const raw = await readRawQuestions();
try {
	assertUniqueIds(raw);
} catch (error) {
	console.error((error as Error).message);
	failed = true;
}

const balances: (QuestionBalance & { file: string })[] = [];
for (const q of raw) {
	const parsed = questionSchema.safeParse(q.data);
	if (!parsed.success) {
		failed = true;
		for (const issue of parsed.error.issues)
			console.error(`${q.file} question ${q.index + 1} (${q.id}) ${issue.path.join('.')}: ${issue.message}`);
		continue;
	}
	balances.push({ ...questionBalance(parsed.data), file: q.file });
}

const line = (label: string, group: readonly QuestionBalance[]) => {
	const s = summarizeBalance(group);
	return `${label.padEnd(36)} ${String(s.questions).padStart(4)} questions  key longest ${(s.keyLongestShare * 100).toFixed(0).padStart(3)}%  median ratio ${s.medianRatio.toFixed(2)}`;
};
console.log(
	`Limits: key strictly longest in at most ${balanceLimits.maxKeyLongestShare * 100}% of questions; median ratio ${balanceLimits.minMedianRatio}–${balanceLimits.maxMedianRatio}.\n`
);
const files = focus.length ? focus.map((f) => relative(root, f)) : [...new Set(balances.map((b) => b.file))];
for (const file of files) {
	const group = balances.filter((b) => b.file === file);
	console.log(line(file, group));
	for (const b of [...group].sort((a, b) => b.ratio - a.ratio))
		console.log(`    ${b.ratio.toFixed(2)} ${b.keyStrictlyLongest ? 'LONGEST' : '       '} ${b.id}`);
}
console.log('');
const sections = [...new Set(balances.map((b) => b.objective.split('.')[0]))].sort();
for (const s of sections)
	console.log(
		line(
			`Section ${s}`,
			balances.filter((b) => b.objective.startsWith(`${s}.`))
		)
	);
console.log(line('Bank', balances));
const problems = [
	...balanceProblems('Bank', balances),
	...sections.flatMap((s) =>
		balanceProblems(
			`Section ${s}`,
			balances.filter((b) => b.objective.startsWith(`${s}.`))
		)
	),
];
for (const p of problems) console.log(`\n✗ ${p}`);
if (failed) {
	console.error('\nSchema or id errors above.');
	process.exit(1);
}
