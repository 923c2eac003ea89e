/**
 * The web app manifest, which makes the guide installable. Built as an endpoint
 * rather than a file in public/ so that `start_url`, `scope` and the icons
 * follow BASE_PATH. Linked from every page by src/components/offline/OfflineHead.astro.
 */
import type { APIRoute } from 'astro';
import { pathWithBase } from '../lib/urls';

/** The brand blue of the favicon (public/favicon.svg), also the address-bar colour. */
export const themeColor = '#1a3a6b';

export const GET: APIRoute = () => {
	const manifest = {
		name: 'PMLE Study Guide',
		short_name: 'PMLE Guide',
		description:
			'A free, open-source study guide for the Google Cloud Professional Machine Learning Engineer exam, readable offline.',
		id: pathWithBase('/'),
		start_url: pathWithBase('/'),
		scope: pathWithBase('/'),
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: themeColor,
		icons: [
			{ src: pathWithBase('/icons/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: pathWithBase('/icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
			{ src: pathWithBase('/icons/maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
		],
	};
	return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json' } });
};
