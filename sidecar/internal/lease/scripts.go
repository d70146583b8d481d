package lease

import "github.com/redis/go-redis/v9"

// The lease's operations, each one Lua script Redis runs atomically: the check of the holder
// and the change it guards are never two round trips another replica could come between.
// A lease's value is "token:replica"; the replica part is random per process, so a restarted
// process never mistakes an older life's lease (or a token reissued after lost data) for its own.

// claim: KEYS lease, fence counter; ARGV replica, ttl ms. Returns the token held by this
// replica (renewed), a new token when the lease was free, or 0 when another replica holds it.
var claimScript = redis.NewScript(`
local cur = redis.call('GET', KEYS[1])
if cur then
  local tok, who = string.match(cur, '^(%d+):(.*)$')
  if who == ARGV[1] then
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
    return tonumber(tok)
  end
  return 0
end
local tok = redis.call('INCR', KEYS[2])
redis.call('SET', KEYS[1], tok .. ':' .. ARGV[1], 'PX', ARGV[2])
return tok
`)

// renew: KEYS lease; ARGV value, ttl ms. 1 when still held and extended, 0 when lost.
var renewScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
`)

// release: KEYS lease; ARGV value. Deletes the lease only if this holder still has it.
var releaseScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`)

// commit: KEYS lease, the (slot, parent) record; ARGV value, token, record, keep ms.
// {-1}: fenced (the lease is not this holder's). {1}: recorded. {0, record}: an earlier holder
// recorded what it sent for this slot and parent; that is what must be sent again.
var commitScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return {-1}
end
local prev = redis.call('HMGET', KEYS[2], 'token', 'record')
if prev[1] and prev[1] ~= ARGV[2] then
  return {0, prev[2]}
end
redis.call('HSET', KEYS[2], 'token', ARGV[2], 'record', ARGV[3])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
return {1}
`)
