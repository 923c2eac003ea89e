import { describe, expect, it } from 'vitest';
import { isKnownHarmlessLog } from '../../src/lib/build-logs';

describe('build log filter', () => {
	it("drops Rolldown's directive warning for Astro's own head-inject marker", () => {
		expect(
			isKnownHarmlessLog({
				code: 'MODULE_LEVEL_DIRECTIVE',
				message:
					'The semantics of the module level directive "use astro:head-inject" in "src/content/docs/index.mdx?astroPropagatedAssets" may not be preserved when bundling.',
			})
		).toBe(true);
	});

	it('keeps every other message, including other directive warnings', () => {
		expect(
			isKnownHarmlessLog({
				code: 'MODULE_LEVEL_DIRECTIVE',
				message:
					'The semantics of the module level directive "use client" in "node_modules/x/index.js" may not be preserved.',
			})
		).toBe(false);
		expect(isKnownHarmlessLog({ code: 'CIRCULAR_DEPENDENCY', message: '"use astro:head-inject"' })).toBe(false);
		expect(isKnownHarmlessLog({ code: 'UNRESOLVED_IMPORT', message: 'Could not resolve "./missing"' })).toBe(false);
		expect(isKnownHarmlessLog({})).toBe(false);
	});
});
