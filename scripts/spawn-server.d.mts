import type { ChildProcess } from 'node:child_process';

export function freePort(): Promise<number>;
export type StartedServer = {
  url: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  ready: (timeoutMs?: number) => Promise<void>;
  stop: () => Promise<void>;
};
export function startServer(options?: { env?: Record<string, string>; nodeArgs?: string[]; echo?: boolean }): Promise<StartedServer>;
