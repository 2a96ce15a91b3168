import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** True when the connection broke before a complete response (reset, aborted, truncated). */
  broken: boolean;
}

/** Listen on 127.0.0.1, port 0; resolves to the base URL. */
export function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${port}`);
    });
  });
}

export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}

/** A raw HTTP request that reports a broken response instead of throwing. */
export function fetchRaw(url: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (reply: Reply) => {
      if (!settled) {
        settled = true;
        resolve(reply);
      }
    };
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: { connection: 'close', ...options.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      const finish = (broken: boolean) => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), broken });
      res.on('end', () => finish(!res.complete));
      res.on('aborted', () => finish(true));
      res.on('error', () => finish(true));
      res.on('close', () => finish(!res.complete));
    });
    req.on('error', () => done({ status: 0, headers: {}, body: '', broken: true }));
    req.setTimeout(10_000, () => {
      req.destroy();
      done({ status: 0, headers: {}, body: 'TIMEOUT', broken: true });
    });
    req.end();
  });
}

export const accept = {
  html: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  json: 'application/problem+json',
  text: 'text/plain',
} as const;
