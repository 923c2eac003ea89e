/**
 * The GitHub Pages recipe (.github/workflows/deploy.yml): it builds with the
 * project's pinned Node, takes the site's origin and base path from
 * configure-pages, and publishes dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/fixture-build';

interface Step {
	id?: string;
	uses?: string;
	run?: string;
	with?: Record<string, string>;
	env?: Record<string, string>;
}
interface Workflow {
	on: Record<string, unknown>;
	permissions: Record<string, string>;
	jobs: Record<string, { needs?: string; steps: Step[]; environment?: { name: string } }>;
}

const workflow = yaml.load(readFileSync(join(projectRoot, '.github/workflows/deploy.yml'), 'utf8')) as Workflow;
const build = workflow.jobs.build!.steps;
const indexOf = (predicate: (step: Step) => boolean) => build.findIndex(predicate);
const action = (name: string) => (step: Step) => step.uses?.split('@')[0] === name;

describe('the GitHub Pages workflow', () => {
	it('runs on pushes to main and by hand, with the permissions a Pages deployment needs', () => {
		expect(workflow.on).toHaveProperty('push');
		expect(workflow.on).toHaveProperty('workflow_dispatch');
		expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
	});

	it('installs the Node version pinned in .nvmrc, which is the pinned node devDependency', () => {
		const setup = build.find(action('actions/setup-node'));
		expect(setup?.with?.['node-version-file']).toBe('.nvmrc');
		const pinned = readFileSync(join(projectRoot, '.nvmrc'), 'utf8').trim();
		const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
		expect(packageJson.devDependencies.node).toBe(pinned);
	});

	it('builds with npm ci and npm run build, after configure-pages, with SITE_URL, BASE_PATH and REPO_URL from it and the repository', () => {
		const install = indexOf((s) => s.run === 'npm ci');
		const pages = indexOf(action('actions/configure-pages'));
		const buildStep = indexOf((s) => s.run === 'npm run build');
		expect(install).toBeGreaterThan(indexOf(action('actions/setup-node')));
		expect(pages).toBeGreaterThan(-1);
		expect(buildStep).toBeGreaterThan(Math.max(install, pages));
		const id = build[pages]!.id;
		expect(build[buildStep]!.env).toEqual({
			SITE_URL: `\${{ steps.${id}.outputs.origin }}`,
			BASE_PATH: `\${{ steps.${id}.outputs.base_path }}/`,
			REPO_URL: '${{ github.server_url }}/${{ github.repository }}',
		});
	});

	it('uploads dist/ and deploys it in a job that needs the build', () => {
		const upload = build.find(action('actions/upload-pages-artifact'));
		expect(upload?.with?.path).toBe('dist');
		expect(indexOf(action('actions/upload-pages-artifact'))).toBeGreaterThan(indexOf((s) => s.run === 'npm run build'));
		const deploy = workflow.jobs.deploy!;
		expect(deploy.needs).toBe('build');
		expect(deploy.environment?.name).toBe('github-pages');
		expect(deploy.steps.some(action('actions/deploy-pages'))).toBe(true);
	});
});
