-- ARGV: prefix, hash, identity, chain, slot, uuid, nonce (20 digits), wire, senders, at (µs),
-- per-signer cap, slot limit (0: none), max live, received change, resent change, replaced change.
local hash, id, chain, slot, uuid, nonce = ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6], ARGV[7]
local at = ARGV[10]
local perSlot, slotLimit, maxLive = tonumber(ARGV[11]), tonumber(ARGV[12]), tonumber(ARGV[13])

-- the same hash: a duplicate, a resend for a later slot (old live), or a finished earlier life
local old, oldLive = nil, false
local of = redis.call('HMGET', k('e', hash), 'st', 'id', 'slot', 'chain')
if of[1] then
  if LIVE[of[1]] then
    if of[2] ~= id then return {'err', 'dup_signer'} end
    if of[3] == slot then return {'dup', snapshot(hash)} end
    if tonumber(of[3]) < tonumber(slot) and of[1] ~= 'submitted' then
      old, oldLive = of, true
    elseif of[1] == 'submitted' then
      return {'err', 'dup_submitted', of[3]}
    else
      return {'err', 'dup_later', of[3]}
    end
  else
    old = of
  end
end

-- the signer's bundle held under uuid, after the nonce rule
local rep = nil
if uuid ~= '' then
  local cur = redis.call('GET', k('u', id, uuid))
  if cur and not (cur == hash and oldLive) then
    local cf = redis.call('HMGET', k('e', cur), 'st', 'nonce', 'chain', 'slot')
    if (LIVE[cf[1]] or cf[1] == 'cancelled') and nonce <= cf[2] then
      return {'err', 'nonce', cf[2], cf[1], cur}
    end
    if LIVE[cf[1]] then rep = {cur, cf[3], cf[4]} end
  end
end

-- caps, with old and the replaced bundle taken out
local function num(key) return tonumber(redis.call('GET', key) or '0') end
local mine, inSlot, live = num(k('ps', id, chain, slot)) + 1, num(k('sl', chain, slot)) + 1, num(k('live')) + 1
for _, it in ipairs({oldLive and {hash, old[4], old[3]} or false, rep or false}) do
  if it then
    live = live - 1
    if it[2] == chain and it[3] == slot then inSlot, mine = inSlot - 1, mine - 1 end
  end
end
if mine > perSlot then return {'err', 'slot_cap', perSlot} end
if slotLimit > 0 and inSlot > slotLimit then return {'err', 'slot_full', slotLimit} end
if live > maxLive then return {'err', 'pool_full', maxLive} end

if old then
  if oldLive then transition(hash, 'expired', ARGV[15], at) end
  forget(hash)
end
if rep then transition(rep[1], 'cancelled', ARGV[16], at) end
local seq = redis.call('INCR', k('seq'))
redis.call('HSET', k('e', hash), 'id', id, 'chain', chain, 'slot', slot, 'uuid', uuid, 'nonce', nonce,
  'st', 'received', 'sub', '0', 'at', at, 'seq', seq, 'wire', ARGV[8], 'senders', ARGV[9])
redis.call('RPUSH', k('h', hash), ARGV[14])
redis.call('ZADD', k('s', chain, slot), seq, hash)
redis.call('ZADD', k('slots'), slot, chain .. ':' .. slot)
if uuid ~= '' then redis.call('SET', k('u', id, uuid), hash) end
redis.call('INCR', k('live'))
redis.call('INCR', k('ps', id, chain, slot))
redis.call('INCR', k('sl', chain, slot))
redis.call('HINCRBY', k('stat'), 'received', 1)
return {'ok', seq, rep and rep[1] or ''}
