/**
 * robots.txt: allow everything, and point crawlers at the sitemap when the
 * site URL is configured (SITE_URL), since a sitemap needs absolute URLs.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
	const lines = ['User-agent: *', 'Allow: /'];
	if (site)
		lines.push(
			'',
			`Sitemap: ${new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, site).href}`
		);
	return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
