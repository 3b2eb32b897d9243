-- wrk script: POSTs message activities with deliveryMode "expectReplies" to /api/messages,
-- rotating through everyday questions, a crisis message and an out-of-scope one, each request in
-- its own conversation so that state reads and writes are part of what is measured.
local questions = {
  "cant stop worrying about everything",
  "does ketamine rewire your brain",
  "what is emdr",
  "how do i help my friend who is depressed",
  "i want to kill myself",
  "whats the weather tomorrow",
  "tips for falling asleep",
  "is psilocybin legal",
}
local counter = 0

request = function()
  counter = counter + 1
  local text = questions[(counter % #questions) + 1]
  local body = string.format(
    '{"type":"message","id":"m%d","channelId":"test","serviceUrl":"http://localhost:1/","deliveryMode":"expectReplies",' ..
    '"locale":"en-US","from":{"id":"load-user-%d"},"recipient":{"id":"bot"},"conversation":{"id":"load-%d"},"text":"%s"}',
    counter, counter % 500, counter, text)
  return wrk.format("POST", "/api/messages", { ["Content-Type"] = "application/json" }, body)
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors (non-2xx or socket) %d, p50 %.1f ms, p99 %.1f ms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
