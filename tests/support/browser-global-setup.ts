/**
 * Global setup of the `browser` test project: one static server for `dist/` and
 * one Chromium for every browser test file. Files connect to both through the
 * values provided here (see browser-harness.ts).
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumFlags, findChromium } from './browser';
import { assertBuilt, distDir } from './dist';
import { serveDist } from './static-server';

export default async function setup(project: TestProject) {
	assertBuilt();
	const choice = await findChromium();
	console.log(`Browser tests use Chromium from ${choice.source}: ${choice.executablePath}`);
	const server = await serveDist(distDir);
	const browserServer = await chromium.launchServer({ executablePath: choice.executablePath, args: chromiumFlags });
	project.provide('siteUrl', server.url);
	project.provide('chromiumEndpoint', browserServer.wsEndpoint());
	return async () => {
		await browserServer.close();
		await server.close();
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** Root URL of the served `dist/`, ending in `/`. */
		siteUrl: string;
		/** WebSocket endpoint of the shared Chromium. */
		chromiumEndpoint: string;
	}
}
