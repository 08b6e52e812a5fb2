/** A small static server on 127.0.0.1 serving the test pages. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HOSTILE_PAGES } from './hostile-pages';
import { augustPage, briefPage, frontPage, latePage, longPage, newArticlePage, realQuotingPage, seedPage, sportPage } from './pages';

export interface TestServer {
  url: (path: string) => string;
  close: () => Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    let html: string | null = null;
    const seedMatch = /^\/article\/(\d{3})$/u.exec(path);
    if (seedMatch) html = seedPage(seedMatch[1]!);
    else if (path === '/article/new') html = newArticlePage();
    else if (path === '/front') html = frontPage();
    else if (/^\/late\/\d{3}$/u.test(path)) html = latePage(path.slice(-3));
    else if (path === '/long') html = longPage('004');
    else if (path === '/real/quoting') html = realQuotingPage();
    else if (path === '/real/brief') html = briefPage();
    else if (path === '/real/sport') html = sportPage();
    else if (path === '/real/august') html = augustPage();
    else if (path.startsWith('/hostile/') && Object.hasOwn(HOSTILE_PAGES, path.slice(9))) html = HOSTILE_PAGES[path.slice(9)]!();
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (html === null) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
