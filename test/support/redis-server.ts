// One home for starting a throwaway redis-server: the bench's fleet figure uses the same helper.
export { findRedisServer, type RedisServer, startRedisServer } from '../../dev/bench/redis-server.js';
