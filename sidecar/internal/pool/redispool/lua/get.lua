-- ARGV: prefix, hash.
local s = snapshot(ARGV[2])
if not s then return {'err', 'notfound'} end
return {'ok', s}
