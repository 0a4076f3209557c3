-- Saves one text answer per request, rotating over the attempts in the file given after "--".
-- Each wrk thread takes every n-th attempt, so no two threads (and, with more attempts than a thread's
-- connections, no two requests in flight) save to the same attempt: a save never waits on a 409.
-- Every answer text is new, so every save is a real write.
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "report.lua")

local counter = 0
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  local file, threads = args[1], tonumber(args[2])
  rows = {}
  local i = 0
  for line in io.lines(file) do
    if i % threads == id then
      local token, attempt, numbers = line:match("(%S+) (%S+) (%S+)")
      local list = {}
      for n in numbers:gmatch("%d+") do list[#list + 1] = n end
      rows[#rows + 1] = { token = token, attempt = attempt, numbers = list }
    end
    i = i + 1
  end
  n = 0
end

function request()
  n = n + 1
  local row = rows[(n % #rows) + 1]
  local number = row.numbers[(math.floor(n / #rows) % #row.numbers) + 1]
  return wrk.format("PUT", "/api/v1/learn/attempts/" .. row.attempt .. "/answers/" .. number,
    { ["Authorization"] = "Bearer " .. row.token, ["Content-Type"] = "application/json" },
    '{"text":"answer ' .. id .. "-" .. n .. '"}')
end
