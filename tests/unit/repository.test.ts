import { describe, expect, it } from 'vitest';
import { defaultRepositoryUrl, repositoryFromEnv } from '../../src/lib/repository';

describe('repositoryFromEnv (REPO_URL)', () => {
	it('defaults to the project repository on GitHub', () => {
		expect(repositoryFromEnv({})).toEqual({
			url: defaultRepositoryUrl,
			issues: `${defaultRepositoryUrl}/issues`,
			editBase: `${defaultRepositoryUrl}/edit/main/`,
			host: 'GitHub',
			icon: 'github',
		});
		expect(repositoryFromEnv({ REPO_URL: ' ' }).url).toBe(defaultRepositoryUrl);
	});

	it('takes a fork, without a trailing slash or .git, and names its host', () => {
		expect(repositoryFromEnv({ REPO_URL: 'https://gitlab.com/me/pmle-notes.git/' })).toMatchObject({
			url: 'https://gitlab.com/me/pmle-notes',
			issues: 'https://gitlab.com/me/pmle-notes/-/issues',
			editBase: 'https://gitlab.com/me/pmle-notes/-/edit/main/',
			host: 'GitLab',
			icon: 'gitlab',
		});
		expect(repositoryFromEnv({ REPO_URL: 'https://git.example.org/team/pmle' })).toMatchObject({
			issues: 'https://git.example.org/team/pmle/issues',
			host: 'git.example.org',
			icon: 'external',
		});
	});

	it('rejects what is not an https repository page, naming the variable and the value', () => {
		for (const bad of [
			'github.com/me/pmle',
			'http://github.com/me/pmle',
			'https://github.com/me',
			'https://github.com/me/pmle?tab=readme',
		]) {
			expect(() => repositoryFromEnv({ REPO_URL: bad })).toThrow(`REPO_URL is "${bad}"`);
		}
	});
});
