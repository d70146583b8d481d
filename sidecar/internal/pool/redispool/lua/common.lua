-- Shared by every script. ARGV[1] is the key prefix; every key is derived from it, so one
-- standalone Redis (not Redis Cluster) holds the pool. The transition tables FORWARD and
-- AFTER_SUBMIT (pool.Allowed) and LIVE (bundle.Status.Live) are generated and prepended by the
-- Go side.
local P = ARGV[1]


local function k(...) return P .. table.concat({...}, ':') end

local function allowed(cur, submitted, new)
  if FORWARD[cur] and FORWARD[cur][new] then return true end
  return submitted and AFTER_SUBMIT[cur] ~= nil and AFTER_SUBMIT[cur][new] == true
end

local function unlive(id, chain, slot)
  redis.call('DECR', k('live'))
  local ps = k('ps', id, chain, slot)
  if redis.call('DECR', ps) <= 0 then redis.call('DEL', ps) end
  local sl = k('sl', chain, slot)
  if redis.call('DECR', sl) <= 0 then redis.call('DEL', sl) end
end

-- transition appends change (JSON) to hash's history and tells every replica's watchers:
-- "c|<seq>|<history length>|<hash>|<change>".
local function transition(hash, new, change, at)
  local e = k('e', hash)
  local f = redis.call('HMGET', e, 'st', 'id', 'chain', 'slot', 'seq')
  local st, id = f[1], f[2]
  local n = redis.call('RPUSH', k('h', hash), change)
  redis.call('HSET', e, 'st', new, 'at', at)
  if new == 'submitted' then redis.call('HSET', e, 'sub', '1') end
  if LIVE[st] and not LIVE[new] then unlive(id, f[3], f[4]) end
  if not LIVE[new] then
    redis.call('ZADD', k('fin', id), at, hash)
    redis.call('SADD', k('finids'), id)
  end
  redis.call('HINCRBY', k('stat'), st, -1)
  redis.call('HINCRBY', k('stat'), new, 1)
  redis.call('PUBLISH', k('events'), 'c|' .. f[5] .. '|' .. n .. '|' .. hash .. '|' .. change)
end

-- forget removes hash from every index and ends its watchers: "g|<seq>|<hash>".
local function forget(hash)
  local e = k('e', hash)
  local f = redis.call('HMGET', e, 'st', 'id', 'chain', 'slot', 'seq', 'uuid')
  local st, id, chain, slot = f[1], f[2], f[3], f[4]
  redis.call('DEL', e, k('h', hash))
  local sz = k('s', chain, slot)
  redis.call('ZREM', sz, hash)
  if redis.call('ZCARD', sz) == 0 then
    redis.call('DEL', sz)
    redis.call('ZREM', k('slots'), chain .. ':' .. slot)
  end
  if f[6] ~= '' then
    local uk = k('u', id, f[6])
    if redis.call('GET', uk) == hash then redis.call('DEL', uk) end
  end
  if LIVE[st] then
    unlive(id, chain, slot)
  else
    local fk = k('fin', id)
    redis.call('ZREM', fk, hash)
    if redis.call('ZCARD', fk) == 0 then
      redis.call('DEL', fk)
      redis.call('SREM', k('finids'), id)
    end
  end
  redis.call('HINCRBY', k('stat'), st, -1)
  redis.call('PUBLISH', k('events'), 'g|' .. f[5] .. '|' .. hash)
end

-- snapshot is {hash, identity, slot, uuid, seq, wire, senders, change...}, or false.
local function snapshot(hash)
  local f = redis.call('HMGET', k('e', hash), 'id', 'slot', 'uuid', 'seq', 'wire', 'senders')
  if not f[1] then return false end
  local out = {hash, f[1], f[2], f[3], f[4], f[5], f[6]}
  for _, c in ipairs(redis.call('LRANGE', k('h', hash), 0, -1)) do out[#out + 1] = c end
  return out
end
