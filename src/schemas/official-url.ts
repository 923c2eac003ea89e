/**
 * The URL field for links that must lead to Google's own pages. Kept apart from
 * shared.ts (which reads the registries) so the registry schemas can use it
 * without an import cycle.
 */
import { z } from 'astro/zod';
import { describeHosts, isOnHosts } from '../lib/official-urls';

/** An https URL on one of `hosts`; `what` names the field in the message, such as "Hands-on URL". */
export function officialUrl(hosts: readonly string[], what: string) {
	return z.string().refine((url) => isOnHosts(url, hosts), {
		error: (issue) =>
			`${what} ${JSON.stringify(issue.input)} is not an https:// page on an official Google host. Allowed hosts: ${describeHosts(hosts)}.`,
	});
}
