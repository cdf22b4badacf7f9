namespace AccountExit.Web.Tests;

public sealed class ScratchTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Dump()
    {
        var a = await app.GetStringAsync("/", "ar");
        var d = await app.GetStringAsync("/directory?market=zz", "de", 400);
        var u = await app.GetStringAsync("/directory");
        using var r = await app.GetAsync("/no-such-page", "de");
        File.WriteAllText("/tmp/scratch.txt", string.Join("\n", app.LogMessages) + "\n=====\n" + a + "\n=====\n" + d + "\n=====\n" + u + "\n=====\n" + await r.Content.ReadAsStringAsync());
    }
}
