-- One round trip for a verify. KEYS[1]: the product's meta hash; KEYS[2]: the serial's bucket; KEYS[3]: the
-- shard's record stream. ARGV[1]: the serial; ARGV[2..]: the operation record's field/value pairs (none: read
-- only). Returns {product, pack, batch of the pack, recorded, DSCSA policy}; a missing element is nil and sends
-- the caller to PostgreSQL (the cache may simply not hold it). When product, pack and batch are all there and a
-- record is given, the record is appended with the cached values it was answered on (vp, vk, vb, vd), so the
-- answer and its record leave Redis together.
local pack = redis.call('HGET', KEYS[2], ARGV[1])
local product = redis.call('HGET', KEYS[1], 'p')
local policy = redis.call('HGET', KEYS[1], 'd')
local batch = false
if pack then
  local ordinal = math.floor((tonumber(pack) % 16777216) / 16)
  batch = redis.call('HGET', KEYS[1], 'o:' .. ordinal)
end
local recorded = 0
if product and pack and batch and #ARGV > 1 then
  local fields = {}
  for i = 2, #ARGV do
    fields[#fields + 1] = ARGV[i]
  end
  fields[#fields + 1] = 'vp'
  fields[#fields + 1] = product
  fields[#fields + 1] = 'vk'
  fields[#fields + 1] = pack
  fields[#fields + 1] = 'vb'
  fields[#fields + 1] = batch
  if policy then
    fields[#fields + 1] = 'vd'
    fields[#fields + 1] = policy
  end
  redis.call('XADD', KEYS[3], '*', unpack(fields))
  recorded = 1
end
return {product, pack, batch, recorded, policy}
