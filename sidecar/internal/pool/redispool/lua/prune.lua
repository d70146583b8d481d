-- ARGV: prefix, next slot, now (µs), now (RFC 3339), retention (µs), max finished, max finished
-- per identity (already defaulted). Returns {expired, forgotten}.
local nextSlot, now, nowText = tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
local retention, maxFinished, per = tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7])
local expired, forgotten = 0, 0
for _, m in ipairs(redis.call('ZRANGEBYSCORE', k('slots'), '-inf', '(' .. nextSlot)) do
  for _, h in ipairs(redis.call('ZRANGE', P .. 's:' .. m, 0, -1)) do
    local f = redis.call('HMGET', k('e', h), 'st', 'at', 'slot')
    if f[1] == 'received' or f[1] == 'simulated' then
      local c = cjson.encode({status = 'expired', at = nowText, reason = 'target slot ' .. f[3] .. ' passed'})
      transition(h, 'expired', c, ARGV[3])
      expired, f[2] = expired + 1, ARGV[3]
    end
    if now - tonumber(f[2]) >= retention then
      forget(h)
      forgotten = forgotten + 1
    end
  end
end

-- each signer keeps its newest `per` finished bundles; over maxFinished in all, every signer
-- is cut to the largest equal share that fits
local ids = redis.call('SMEMBERS', k('finids'))
local counts = {}
for i, id in ipairs(ids) do counts[i] = math.min(redis.call('ZCARD', k('fin', id)), per) end
table.sort(counts)
local share, left = math.huge, maxFinished
for i, c in ipairs(counts) do
  local rest = #counts - i + 1
  if c * rest > left then share = math.floor(left / rest) break end
  left = left - c
end
for _, id in ipairs(ids) do
  local fk = k('fin', id)
  local extra = redis.call('ZCARD', fk) - math.min(per, share)
  if extra > 0 then
    for _, h in ipairs(redis.call('ZRANGE', fk, 0, extra - 1)) do
      forget(h)
      forgotten = forgotten + 1
    end
  end
end
return {expired, forgotten}
