-- Acknowledges stored operation records and frees them. KEYS[1]: a shard's record stream; ARGV[1]: the consumer
-- group; ARGV[2..]: the entry ids stored. XDEL of single entries costs Redis about 2 us each and leaves half-empty
-- nodes behind; trimming removes whole nodes: everything older than the oldest entry the group still needs (its
-- oldest pending entry, else the first one it has not delivered yet) goes. Returns how many were acknowledged.
local acked = redis.call('XACK', KEYS[1], ARGV[1], unpack(ARGV, 2))
local pending = redis.call('XPENDING', KEYS[1], ARGV[1])
local keep
if pending[1] > 0 then
  keep = pending[2]
else
  for _, group in ipairs(redis.call('XINFO', 'GROUPS', KEYS[1])) do
    local name, delivered
    for i = 1, #group, 2 do
      if group[i] == 'name' then name = group[i + 1] end
      if group[i] == 'last-delivered-id' then delivered = group[i + 1] end
    end
    if name == ARGV[1] then
      local dash = string.find(delivered, '-', 1, true)
      keep = string.sub(delivered, 1, dash) .. (tonumber(string.sub(delivered, dash + 1)) + 1)
    end
  end
end
if keep then
  redis.call('XTRIM', KEYS[1], 'MINID', keep)
end
return acked
