/**
 * remark plugin: turns `## Any heading text [1.1.2]` into an H2 with the stable
 * anchor of consideration 1.1.2 (see src/lib/anchors.ts) and removes the marker.
 * On study pages it fails the build when a consideration listed in frontmatter
 * has no heading, a marker names an unknown or unlisted consideration, or two
 * headings claim the same one.
 */
import type { Heading, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { considerationAnchor, parseConsiderationMarker } from '../lib/anchors';
import { getConsideration } from '../lib/registry';

interface AstroFileData {
	astro?: { frontmatter?: Record<string, unknown> };
}

function fail(file: VFile, message: string, hint: string): never {
	throw new Error(`${file.path}: ${message}\nHint: ${hint}`);
}

export function remarkConsiderationHeadings() {
	return (tree: Root, file: VFile) => {
		const frontmatter = (file.data as AstroFileData).astro?.frontmatter ?? {};
		const listed = Array.isArray(frontmatter.considerations) ? (frontmatter.considerations as string[]) : [];
		const found = new Map<string, number>();

		visit(tree, 'heading', (node: Heading) => {
			const last = node.children.at(-1);
			if (!last || last.type !== 'text') return;
			const { text, considerationId: id } = parseConsiderationMarker((last as Text).value);
			if (!id) return;
			const line = node.position?.start.line ?? 0;
			if (node.depth !== 2) {
				fail(
					file,
					`line ${line}: the consideration marker [${id}] is on an H${node.depth}.`,
					'Put consideration markers on H2 headings only.'
				);
			}
			if (!getConsideration(id)) {
				fail(
					file,
					`line ${line}: unknown consideration "${id}" in a heading marker.`,
					'Use an ID from src/data/blueprint-2024-10.ts, such as [1.1.2].'
				);
			}
			if (listed.length > 0 && !listed.includes(id)) {
				fail(
					file,
					`line ${line}: heading marker [${id}] is not in the frontmatter \`considerations\` (${JSON.stringify(listed)}).`,
					`Add "${id}" to considerations, or fix the marker.`
				);
			}
			if (found.has(id)) {
				fail(
					file,
					`line ${line}: consideration [${id}] already has a heading on line ${found.get(id)}.`,
					'Each consideration gets exactly one H2.'
				);
			}
			found.set(id, line);
			(last as Text).value = text;
			// `hProperties` is read by mdast-util-to-hast when the heading becomes HTML.
			const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
			node.data = {
				...data,
				hProperties: { ...data.hProperties, id: considerationAnchor(id), 'data-consideration': id },
			} as Heading['data'];
		});

		if (frontmatter.kind === 'study') {
			const missing = listed.filter((id) => !found.has(id));
			if (missing.length > 0) {
				fail(
					file,
					`considerations ${missing.map((id) => `"${id}"`).join(', ')} are listed in frontmatter but have no heading.`,
					'Give each listed consideration its own H2 ending in its marker, for example "## Choosing a model type [1.1.1]".'
				);
			}
		}
	};
}
