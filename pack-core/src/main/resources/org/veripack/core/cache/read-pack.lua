-- One round trip for a verify. KEYS[1]: the product's meta hash; KEYS[2]: the serial's bucket; KEYS[3]: the
-- shard's record stream. ARGV[1]: the serial; ARGV[2]: the operation record's request part (absent: read only);
-- ARGV[3]: '1' when the answer needs the DSCSA policy too (a DSCSA request: no policy, no record, read PostgreSQL).
-- Returns {product, pack, batch of the pack, recorded, DSCSA policy}; a missing element is nil and sends the
-- caller to PostgreSQL (the cache may simply not hold it). When product, pack and batch are all there and a record
-- is given, it is appended as two fields: r, the request, and v, the cached values it was answered on (product,
-- pack, batch, policy, separated by the unit separator \31), so the answer and its record leave Redis together.
local pack = redis.call('HGET', KEYS[2], ARGV[1])
local product = redis.call('HGET', KEYS[1], 'p')
local policy = redis.call('HGET', KEYS[1], 'd')
local batch = false
if pack then
  local ordinal = math.floor((tonumber(pack) % 16777216) / 16)
  batch = redis.call('HGET', KEYS[1], 'o:' .. ordinal)
end
local recorded = 0
if product and pack and batch and ARGV[2] and (policy or ARGV[3] ~= '1') then
  redis.call('XADD', KEYS[3], '*', 'r', ARGV[2], 'v', product .. '\31' .. pack .. '\31' .. batch .. '\31' .. (policy or ''))
  recorded = 1
end
return {product, pack, batch, recorded, policy}
