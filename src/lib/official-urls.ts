/**
 * Which addresses count as Google's own. The Official resources page and the
 * study pages' Hands-on sections promise candidates material from Google itself,
 * so their links are restricted to these hosts; schemas use this module to
 * reject anything else with a message that lists what is allowed.
 */

/** Hosts of official labs, tutorials and sample notebooks (GitHub only under Google Cloud's own organization). */
export const handsOnHosts = [
	'cloud.google.com',
	'docs.cloud.google.com',
	'www.cloudskillsboost.google',
	'cloudskillsboost.google',
	'developers.google.com',
	'github.com/GoogleCloudPlatform',
] as const;

/**
 * Hosts a flashcard's source may be on: Google's documentation and the official
 * sites of the open-source tools the study pages cite (each project's own docs,
 * GitHub only under the project's organization), so every card is backed by the
 * maker of what it describes.
 */
export const cardSourceHosts = [
	'docs.cloud.google.com',
	'cloud.google.com',
	'developers.google.com',
	'ai.google.dev',
	'ai.google',
	'firebase.google.com',
	'safety.google',
	'saif.google',
	'developers.googleblog.com',
	'github.com/GoogleCloudPlatform',
	'github.com/google',
	'github.com/tensorflow',
	'github.com/kubeflow',
	'www.tensorflow.org',
	'tensorflow.org',
	'tensorflow.github.io',
	'www.kubeflow.org',
	'kubeflow.org',
	'pair-code.github.io',
	'coral.ai',
	'docs.pytorch.org',
	'pytorch.org',
	'mlflow.org',
	'beam.apache.org',
	'airflow.apache.org',
	'horovod.readthedocs.io',
	'xgboost.readthedocs.io',
	'scikit-learn.org',
	'keras.io',
	'docs.ray.io',
	'developer.nvidia.com',
] as const;

/** Hosts of official exam facts: the above plus Google's certification help center (policies, FAQ). */
export const officialInfoHosts = [...handsOnHosts, 'support.google.com'] as const;

/**
 * True when `url` is an https address on one of `hosts`. An entry with a path
 * (`github.com/GoogleCloudPlatform`) matches that host with that first path
 * segment, so `github.com/someone-else/…` does not pass.
 */
export function isOnHosts(url: string, hosts: readonly string[]): boolean {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return false;
	}
	if (parsed.protocol !== 'https:') return false;
	return hosts.some((entry) => {
		const [host, owner] = entry.split('/');
		if (parsed.hostname !== host) return false;
		return owner === undefined || parsed.pathname.split('/')[1] === owner;
	});
}

/** The allowed hosts as a readable list for error messages. */
export function describeHosts(hosts: readonly string[]): string {
	return hosts.map((host) => (host.includes('/') ? `${host}/…` : host)).join(', ');
}

/** What kind of hands-on material a link is, from its address: a notebook, a lab or a tutorial. */
export function handsOnKind(url: string): 'Notebook' | 'Lab' | 'Tutorial' {
	const { hostname, pathname } = new URL(url);
	if (pathname.endsWith('.ipynb')) return 'Notebook';
	if (hostname.endsWith('cloudskillsboost.google')) return 'Lab';
	return 'Tutorial';
}
