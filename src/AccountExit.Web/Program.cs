using AccountExit.Web.Api;
using AccountExit.Web.Hosting;

using var bootstrapLogger = LoggingSetup.CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);

    if (args is [SeedCheckCommand.Name, ..])
    {
        return SeedCheckCommand.Run(builder.Configuration, args);
    }

    builder.AddLogging();
    builder.AddData();
    builder.AddLocalization();
    builder.AddWeb();

    var app = builder.Build();

    if (!await app.MigrateAndSeedAsync())
    {
        return 1;
    }

    app.UseWebPipeline();
    app.MapDirectoryApi();
    app.MapHealth();
    app.MapOpenApi();
    app.MapAdminPatch();
    app.MapStaticAssets();
    app.MapRazorPages().WithStaticAssets();

    await app.RunAsync();
    return 0;
}
catch (Exception e) when (e is not HostAbortedException)
{
    bootstrapLogger.Fatal(e, "The app stopped: {Problem}", e.Message);
    return 1;
}

public partial class Program;
