-- ARGV: prefix, hash, new status, change, at (µs).
local hash, new = ARGV[2], ARGV[3]
local f = redis.call('HMGET', k('e', hash), 'st', 'sub')
if not f[1] then return {'err', 'notfound'} end
if not allowed(f[1], f[2] == '1', new) then return {'err', 'transition', f[1]} end
transition(hash, new, ARGV[4], ARGV[5])
return {'ok', snapshot(hash)}
