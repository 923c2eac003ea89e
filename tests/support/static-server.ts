/**
 * A minimal static file server for tests: serves `dist/` on a loopback port,
 * optionally under a base path, with the MIME types Pagefind needs, and gzip
 * for text responses as any static host does (so timings are realistic).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
};

export interface RunningServer {
	url: string;
	/** Every path requested, for assertions about what a page loads. */
	requests: string[];
	close(): Promise<void>;
}

export async function serveDist(dir: string, base = '/'): Promise<RunningServer> {
	const requests: string[] = [];
	const server: Server = createServer(async (req, res) => {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		requests.push(pathname);
		if (!pathname.startsWith(base)) {
			res.writeHead(404).end('outside base');
			return;
		}
		let file = normalize(join(dir, pathname.slice(base.length)));
		if (!file.startsWith(normalize(dir))) {
			res.writeHead(403).end();
			return;
		}
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			const body = await readFile(file);
			const type = types[extname(file)] ?? 'application/octet-stream';
			if (/text|javascript|json|svg|xml/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
				res
					.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding' })
					.end(gzipSync(body));
			} else {
				res.writeHead(200, { 'content-type': type }).end(body);
			}
		} catch {
			const notFound = await readFile(join(dir, '404.html')).catch(() => Buffer.from('not found'));
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		requests,
		close: () => new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
	};
}
