-- The one-row write floor: POST with the bearer token given on the command line.
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "report.lua")
wrk.method = "POST"
wrk.headers["Content-Length"] = "0"
