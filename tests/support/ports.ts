import { execFileSync } from 'node:child_process';

/**
 * A TCP port free right now on this machine, asked of the system (port 0) in a child process so that a
 * synchronous config file can use it. Another program could take it before the server starts; that is rare,
 * and the server then fails to start with a clear error instead of testing someone else's site.
 */
export function freePort(): number {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'localhost',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

/**
 * The port in the environment variable `name` when it is set (to pin it), else a free one. The choice is
 * written back to the environment so that processes started later (Playwright's workers) use the same one.
 */
export function portFromEnv(name: string): number {
  const given = process.env[name];
  if (given) {
    const port = Number(given);
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      throw new Error(`${name}=${given} is not a port`);
    return port;
  }
  const port = freePort();
  process.env[name] = String(port);
  return port;
}
