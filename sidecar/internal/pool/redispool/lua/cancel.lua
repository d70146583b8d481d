-- ARGV: prefix, identity, uuid, max nonce (20 digits), cancelled change, at (µs).
local cur = redis.call('GET', k('u', ARGV[2], ARGV[3]))
if not cur then return {'err', 'notfound'} end
local f = redis.call('HMGET', k('e', cur), 'nonce', 'st')
if f[1] > ARGV[4] then return {'err', 'nonce', f[1], cur} end
if f[2] == 'cancelled' then return {'ok', snapshot(cur)} end
if not LIVE[f[2]] then return {'err', 'transition', f[2], cur} end
transition(cur, 'cancelled', ARGV[5], ARGV[6])
return {'ok', snapshot(cur)}
