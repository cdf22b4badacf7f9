using AccountExit.Web.Api;
using AccountExit.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddLogging();
builder.AddData();
builder.AddLocalization();
builder.AddWeb();

var app = builder.Build();

await app.MigrateAndSeedAsync();

app.UseWebPipeline();
app.MapDirectoryApi();
app.MapHealthChecks("/healthz");
app.MapOpenApi();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();

await app.RunAsync();

public partial class Program;
