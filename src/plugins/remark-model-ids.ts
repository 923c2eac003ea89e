/**
 * remark plugin: fails the build when a code block names a generative model ID
 * that the model registry does not know or that is retired on the build date
 * (rules in src/lib/model-ids.ts). Prose is not checked, so a page can still say
 * that a model was shut down.
 */
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { models } from '../data/models';
import { modelIdProblems } from '../lib/model-ids';

export function remarkModelIds(options: { today?: Date } = {}) {
	return (tree: Root, file: VFile) => {
		const today = options.today ?? new Date();
		const problems: string[] = [];
		visit(tree, 'code', (node: Code) => {
			for (const problem of modelIdProblems(node.value, models, today))
				problems.push(`line ${node.position?.start.line ?? 0}: a code sample's ${problem}`);
		});
		if (problems.length > 0) throw new Error(`${file.path}: ${problems.join('\n')}`);
	};
}
