using System.Net;
using AccountExit.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AccountExit.Web.Tests.Operations;

/// <summary>Issue 10: letter POSTs, report POSTs and the API are limited per client; a refused form keeps what was typed.</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly AppFactory app = new();
    private readonly WebApplicationFactory<Program> limited;

    public RateLimitTests() => limited = app.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("AccountExit:RateLimits:Letters:PermitLimit", "2");
        builder.UseSetting("AccountExit:RateLimits:Reports:PermitLimit", "1");
        builder.UseSetting("AccountExit:RateLimits:Api:PermitLimit", "3");
    });

    [Fact]
    public async Task PostLetter_OverTheLimit_Answers429WithRetryAfterAndKeepsTheTypedText()
    {
        var form = new LetterForm("Erika Müller", "erika@example.com");
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await LetterPost.SendAsync(limited, "/close/de/letter", null, form, culture: "de")).Status);
        }

        var refused = await LetterPost.SendAsync(limited, "/close/de/letter", null, form, culture: "de");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.True(refused.RetryAfterSeconds > 0);
        Assert.Equal(Resx.Value("Pages/Letters/LetterResource", "de", "Error_TooManyRequests"), Html.Text(Html.ByTestId(refused.Text, "too-many-requests")!));
        var name = Html.Tags(refused.Text, "input").Single(t => Html.Attribute(t, "id") == "Input_FullName");
        Assert.Equal("Erika Müller", Html.Attribute(name, "value"));
        Assert.Null(Html.ByTestId(refused.Text, "letter"));
    }

    [Fact]
    public async Task GetApi_OverTheLimit_Answers429WithRetryAfter()
    {
        using var client = limited.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/markets?n={i}")).StatusCode);
        }

        using var refused = await client.GetAsync("/api/v1/markets");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task ReadingPages_IsNeverLimited()
    {
        using var client = limited.CreateClient();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/close/de")).StatusCode);
        }
    }

    public void Dispose()
    {
        limited.Dispose();
        app.Dispose();
    }
}
