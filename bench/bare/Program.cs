// The framework's limit on this machine: the same bytes the app sends for a page, from memory, with
// nothing in between (no routing of pages, no localization, no database). Usage: Bare <file> <url>.
var bytes = File.ReadAllBytes(args[0]);
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls(args[1]);
var app = builder.Build();
app.MapGet("/", () => Results.Bytes(bytes, "text/html; charset=utf-8"));
app.Run();
