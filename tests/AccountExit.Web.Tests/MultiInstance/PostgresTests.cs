using System.Net;
using AccountExit.Web.Tests.Flows;
using AccountExit.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AccountExit.Web.Tests.MultiInstance;

/// <summary>The app on PostgreSQL (AccountExit:DatabaseProvider = postgres): its own migrations, the seed import, pages, letters and reports.</summary>
public sealed class PostgresTests : IAsyncLifetime
{
    private static readonly AccountExit.Core.Seeding.SeedSet Seeds = AccountExit.Core.Seeding.SeedReader.Read(RepoPaths.Seeds);
    private string connectionString = "";
    private WebApplicationFactory<Program> app = null!;

    public async Task InitializeAsync()
    {
        connectionString = await PostgresServer.CreateDatabaseAsync();
        app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("AccountExit:DatabaseProvider", "postgres");
            builder.UseSetting("ConnectionStrings:AccountExit", connectionString);
            builder.UseSetting("AccountExit:SeedsPath", RepoPaths.Seeds);
        });
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task OnPostgres_TheSeedsImport_AndThePagesLettersAndReportsWork()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        using var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(Seeds.Channels.Count, await PostgresServer.CountAsync(connectionString, "Channels"));
        Assert.Equal(Seeds.Laws.Count, await PostgresServer.CountAsync(connectionString, "Laws"));
        Assert.Equal(Seeds.Letters.Count, await PostgresServer.CountAsync(connectionString, "LetterTemplates"));

        var directory = await client.GetStringAsync("/directory?market=jp");
        Assert.Contains("0120-999-373", directory, StringComparison.Ordinal);
        var laws = await client.GetStringAsync("/sources/laws");
        Assert.NotNull(Html.ByTestId(laws, "law-appi"));

        var letter = await LetterPost.SendAsync(app, "/close/de/letter", null, new LetterForm("Erika Mustermann", "erika@example.com") { Language = "en" }, culture: "en");
        Assert.Equal(HttpStatusCode.OK, letter.Status);
        Assert.Contains("Art. 17", ShownLetter.Read(letter.Text).Subject, StringComparison.Ordinal);
        Assert.True(await PostgresServer.CountAsync(connectionString, "DataProtectionKeys") >= 1, "The antiforgery key is not in the database.");

        var report = await FormPost.SendAsync(app, "/directory/report/jp-prime-phone-free", FormPost.Fields(("Problem", "The number now plays a recording only.")));
        Assert.Equal(HttpStatusCode.Redirect, report.Status);
        Assert.Equal(1, await PostgresServer.CountAsync(connectionString, "EntryReports"));
    }
}
