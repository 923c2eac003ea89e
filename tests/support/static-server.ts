/**
 * Serves a built site on a loopback port for tests and the benchmark, the way a
 * static host does: files and MIME types by sirv (the server Vite's own preview
 * uses), gzip for text responses by the `compression` middleware (so transfer
 * sizes are realistic), an optional base path, and `404.html` for missing pages.
 * Astro's `preview()` was not used because it reads the base path from the
 * project config, while the base-path test serves a fixture build under its own.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import sirv from 'sirv';

export interface RunningServer {
	/** The site's root URL, ending in the base path, such as `http://127.0.0.1:4567/`. */
	url: string;
	close(): Promise<void>;
}

/**
 * `live`: read every file from disk on each request (sirv's dev mode), so a test
 * can replace the files in `dir` to simulate a new deployment on the same origin.
 */
export async function serveDist(dir: string, base = '/', { live = false } = {}): Promise<RunningServer> {
	const files = sirv(dir, { dev: live, etag: true, extensions: ['html'] });
	const gzip = compression();
	const notFound = await readFile(join(dir, '404.html')).catch(() => Buffer.from('not found'));
	const server = createServer((req, res) => {
		const send404 = () => {
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
		};
		gzip(req as never, res as never, () => {
			const url = req.url ?? '/';
			if (!url.startsWith(base)) return send404();
			req.url = url.slice(base.length - 1);
			files(req, res, send404);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () =>
			new Promise((resolve, reject) => {
				server.closeAllConnections();
				server.close((err) => (err ? reject(err) : resolve()));
			}),
	};
}
