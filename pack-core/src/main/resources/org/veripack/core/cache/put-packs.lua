-- Writes packs of one bucket, each only if its version is newer than the cached one, so a late
-- refill never overwrites a newer state. KEYS[1]: the bucket. ARGV: serial, value, serial, value...
-- Values are integers version * 2^26 + quarantine * 2^24 + batchOrdinal * 16 + status. Returns how many were written.
local written = 0
for i = 1, #ARGV, 2 do
  local old = redis.call('HGET', KEYS[1], ARGV[i])
  if (not old) or math.floor(tonumber(old) / 67108864) < math.floor(tonumber(ARGV[i + 1]) / 67108864) then
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
    written = written + 1
  end
end
return written
