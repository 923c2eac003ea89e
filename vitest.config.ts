import { defineConfig } from 'vitest/config';

/**
 * Three projects mirror the layers: `unit` needs nothing built; `build` and
 * `browser` run against `dist/`, which `npm test` builds first. Browser tests
 * run after the others, one file at a time: the fixture builds of `build` would
 * otherwise starve Chromium of CPU on a two-core machine, and Starlight starts
 * its search UI only when the browser is idle.
 */
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 } } },
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					testTimeout: 180_000,
					hookTimeout: 180_000,
					sequence: { groupOrder: 0 },
				},
			},
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					// One server and one Chromium for all files; errors checked after every test.
					globalSetup: ['tests/support/browser-global-setup.ts'],
					setupFiles: ['tests/support/browser-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					// Script-filled state is polled, never read once; a loaded CI machine needs the slack.
					expect: { poll: { timeout: 15_000 } },
					fileParallelism: false,
					sequence: { groupOrder: 1 },
				},
			},
		],
	},
});
