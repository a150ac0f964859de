-- One round trip for a verify. KEYS[1]: the product's meta hash; KEYS[2]: the serial's bucket.
-- ARGV[1]: the serial. Returns {product, pack, batch of the pack}; a missing element is nil and
-- sends the caller to PostgreSQL (the cache may simply not hold it).
local pack = redis.call('HGET', KEYS[2], ARGV[1])
local product = redis.call('HGET', KEYS[1], 'p')
local batch = false
if pack then
  local ordinal = math.floor((tonumber(pack) % 16777216) / 16)
  batch = redis.call('HGET', KEYS[1], 'o:' .. ordinal)
end
return {product, pack, batch}
