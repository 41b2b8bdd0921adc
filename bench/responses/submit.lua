-- Each request answers a different invitation: thread t of n takes tokens t, t+n, t+2n, ... When a thread has
-- used all its tokens it sends requests for an unknown link (404 at once, nothing stored) until every one of its
-- answers is back (any status but 404), then stops: no answer is cut off, so stored responses can be compared with
-- 2xx answers.
-- wrk itself runs for its whole duration, so each thread writes when it started and stopped (to $TIMES), and the
-- rate is taken over that time, and how many answers each status had (a 404 is not an answer).
local tokens = {}
for line in io.lines(os.getenv("TOKENS")) do tokens[#tokens + 1] = line end

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

local function now()
  local clock = io.popen("date +%s.%N")
  local value = clock:read("*l")
  clock:close()
  return value
end

function init(args)
  started = now()
  n = tonumber(os.getenv("THREADS"))
  i = id
  quota = 0
  for k = id, #tokens, n do quota = quota + 1 end
  answered = 0
  -- wrk calls the first thread's request() once more than it sends, to check the request it makes: that call
  -- must not use up a token, or the thread would wait for an answer to a request never sent
  checking = (id == 1)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  wrk.body = "q.csat=5&q.repurchase=4&q.comment=fine"
end

function request()
  local token = tokens[i]
  if checking then
    checking = false
    return wrk.format(nil, "/s/" .. token)
  end
  i = i + n
  if token == nil then
    return wrk.format(nil, "/s/none")
  end
  return wrk.format(nil, "/s/" .. token)
end

local statuses = {}

function response(status, headers, body)
  if status ~= 404 then
    answered = answered + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
  if answered == quota and not stopped then
    stopped = true
    local times = io.open(os.getenv("TIMES"), "a")
    local counts = ""
    for code, count in pairs(statuses) do counts = counts .. " " .. code .. ":" .. count end
    times:write(started, " ", now(), counts, "\n")
    times:close()
    wrk.thread:stop()
  end
end
