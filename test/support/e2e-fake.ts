import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createFakeX,
  type FakeX,
  type FakeXServer,
  type Scenario,
  startFakeXServer,
} from '../../dev/fake-x/index.js';

/** A loopback fake X plus a scratch directory, shared by the tests of one e2e file. */
export interface E2eHarness {
  fake: FakeX;
  server: FakeXServer;
  /** A fresh scratch directory (removed by `close`). */
  dir: string;
  /** A new subdirectory of `dir` with this name. */
  sub(name: string): string;
  close(): Promise<void>;
}

/** Starts the fake on 127.0.0.1 (any free port) serving `scenario`, with a scratch directory. */
export async function startE2eHarness(scenario: Scenario): Promise<E2eHarness> {
  const fake = createFakeX(scenario);
  const server = await startFakeXServer(fake);
  const dir = await mkdtemp(path.join(tmpdir(), 'citecheck-e2e-'));
  return {
    fake,
    server,
    dir,
    sub: (name) => path.join(dir, name),
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
