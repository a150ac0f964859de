-- Writes fields of a product's meta hash. Withdrawal and recall are irreversible, so an entry
-- starting with 'W|' (product) or 'R|' (batch) is never replaced by an 'A|' one (a late refill).
-- The DSCSA policy (field 'd', '<version>|<r><e>') is replaced only by a higher version.
-- KEYS[1]: the meta hash. ARGV: field, value, field, value... Returns how many were written.
local written = 0
for i = 1, #ARGV, 2 do
  local old = redis.call('HGET', KEYS[1], ARGV[i])
  local new = ARGV[i + 1]
  local blocked
  if ARGV[i] == 'd' then
    blocked = old and tonumber(string.match(old, '^(%d+)|') or '-1') >= tonumber(string.match(new, '^(%d+)|') or '-1')
  else
    blocked = old and (string.sub(old, 1, 2) == 'W|' or string.sub(old, 1, 2) == 'R|')
        and string.sub(new, 1, 2) == 'A|'
  end
  if not blocked then
    redis.call('HSET', KEYS[1], ARGV[i], new)
    written = written + 1
  end
end
return written
