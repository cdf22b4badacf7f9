-- POSTs a valid letter form, as a browser does after loading the page: the antiforgery cookie and
-- token come from bench/run.sh (curl GETs the page once), so every request is a real letter.
local cookie, token

function init(args)
  cookie = args[1]
  token = args[2]
end

local function encode(value)
  return (value:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

request = function()
  local body = "Input.FullName=" .. encode("Bench Person")
    .. "&Input.Email=" .. encode("bench@example.org")
    .. "&Input.Language=de"
    .. "&__RequestVerificationToken=" .. encode(token)
  return wrk.format("POST", "/close/de/letter?kind=erasure-gdpr", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
    ["Accept-Language"] = "en",
  }, body)
end
