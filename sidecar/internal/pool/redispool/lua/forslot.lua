-- ARGV: prefix, chain, slot. The live bundles in arrival order.
local out = {}
for _, h in ipairs(redis.call('ZRANGE', k('s', ARGV[2], ARGV[3]), 0, -1)) do
  if LIVE[redis.call('HGET', k('e', h), 'st')] then out[#out + 1] = snapshot(h) end
end
return out
