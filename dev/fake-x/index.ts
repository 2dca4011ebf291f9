export type { FakeXOptions, Fault, FaultRule, RateLimit } from './fake-x-options.js';
export { createFakeX, type FakeX } from './handlers.js';
export { FAKE_X_HOSTS } from './hosts.js';
export {
  loadScenario,
  type Post,
  type PostState,
  parseScenario,
  type Scenario,
  ScenarioError,
  type ScenarioInput,
  ScenarioSchema,
} from './scenario.js';
export { type FakeXServer, startFakeXServer } from './server.js';
export type { Endpoint, TrafficEntry, TrafficLog } from './traffic-log.js';
