/**
 * The project's source repository: where readers report errors and where the
 * header's repository link points. It comes from the `REPO_URL` environment
 * variable at build time (a fork sets its own), with the project's repository as
 * the committed default, and is read here only: astro.config.mjs (the header
 * link and the "Edit page" links) and the pages import `repository` from this module.
 */
import type { StarlightIcon } from '@astrojs/starlight/types';

/** The project's repository, used when `REPO_URL` is not set. */
export const defaultRepositoryUrl = 'https://github.com/pmle-study-guide/pmle-study-guide';

/** The branch whose files the "Edit page" links open. */
export const repositoryBranch = 'main';

export interface Repository {
	/** The repository's home page, without a trailing slash. */
	url: string;
	/** Its issue tracker, where readers report an error. */
	issues: string;
	/** Base URL of Starlight's "Edit page" links (a file path relative to the project root is appended). */
	editBase: string;
	/** Name of the hosting service, for the link's accessible name ("Project repository on GitHub"). */
	host: string;
	/** Starlight icon of the hosting service. */
	icon: StarlightIcon;
}

/** How each known host names itself, its icon, and its issue and edit paths (others get GitHub's paths). */
interface HostLayout {
	host: string;
	icon: StarlightIcon;
	issues: string;
	edit: string;
}
const githubLayout = { issues: '/issues', edit: '/edit/' };
const hosts: Record<string, HostLayout> = {
	'github.com': { host: 'GitHub', icon: 'github', ...githubLayout },
	'gitlab.com': { host: 'GitLab', icon: 'gitlab', issues: '/-/issues', edit: '/-/edit/' },
	'codeberg.org': { host: 'Codeberg', icon: 'codeberg', issues: '/issues', edit: '/_edit/' },
};

/**
 * The repository named by `REPO_URL`, or the default. The value must be the
 * repository's https home page, such as https://github.com/owner/name; anything
 * else stops the build with a message that names the variable and the value.
 */
export function repositoryFromEnv(env: Record<string, string | undefined>): Repository {
	const value = env.REPO_URL?.trim() || defaultRepositoryUrl;
	let parsed: URL;
	try {
		parsed = new URL(value);
	} catch {
		throw new Error(
			`REPO_URL is "${value}", which is not a URL. Set it to the repository's https home page, such as ${defaultRepositoryUrl}.`
		);
	}
	if (
		parsed.protocol !== 'https:' ||
		parsed.search ||
		parsed.hash ||
		parsed.pathname.split('/').filter(Boolean).length < 2
	) {
		throw new Error(
			`REPO_URL is "${value}". Set it to the repository's https home page with no query or fragment, such as ${defaultRepositoryUrl}.`
		);
	}
	const url = `${parsed.origin}${parsed.pathname.replace(/\/+$/, '').replace(/\.git$/, '')}`;
	const layout: HostLayout = hosts[parsed.hostname] ?? {
		host: parsed.hostname,
		icon: 'external',
		...githubLayout,
	};
	const { host, icon, issues, edit } = layout;
	return { url, issues: `${url}${issues}`, editBase: `${url}${edit}${repositoryBranch}/`, host, icon };
}

/** The repository this build links to. */
export const repository: Repository = repositoryFromEnv(process.env);
