import { staleBuildReason } from './fresh-build';

/** Playwright's global setup: refuses to test a missing or stale dist/, which would test old code. */
export default function refuseStaleBuild(): void {
  if (process.env['E2E_ALLOW_STALE']) return;
  const reason = staleBuildReason();
  if (reason) throw new Error(reason);
}
