-- A GET with the headers given on the command line (the bearer token).
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "report.lua")
