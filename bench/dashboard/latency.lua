-- Prints the median and 95th percentile latency (ms), the request count and the failed count (non-2xx or timed
-- out) of a wrk run, in one line that run.sh collects.
local bad = 0

response = function(status, headers, body)
  if status < 200 or status > 299 then
    bad = bad + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT %.2f %.2f %d %d\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, summary.requests, bad + summary.errors.status + summary.errors.timeout))
end
