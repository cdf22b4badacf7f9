using System.Net;
using System.Text;
using AccountExit.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AccountExit.Web.Tests.Operations;

/// <summary>
/// Issue 10: what an attacker would send, as a corpus (methods × pages, forms over the limits,
/// NUL / bidi / zero-width values, hostile Host headers, junk query parameters, a flood until 429).
/// Each answer is the one named, and not one is a 5xx.
/// </summary>
public sealed class HostileRequestCorpusTests : IDisposable
{
    private static readonly string[] Pages =
    [
        "/", "/close", "/close/de", "/close/de/how", "/close/de/letter", "/close/de/next", "/unlock/jp", "/unlock/jp/contact",
        "/unlock/jp/tips", "/unlock/jp/letter", "/prime/jp", "/prime/jp/call", "/prime/jp/callback", "/prime/jp/letter",
        "/prime/jp/refund", "/directory", "/directory/report/de-privacy-email", "/sources", "/error/500", "/api/v1/markets",
    ];

    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "TRACE", "CONNECT", "PROPFIND", "OPTIONS"];

    private readonly AppFactory app = new();
    private readonly WebApplicationFactory<Program> limited;

    public HostileRequestCorpusTests() => limited = app.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("AccountExit:Forms:MaxFields", "40");
        builder.UseSetting("AccountExit:Forms:MaxValueLength", "8000");
        builder.UseSetting("AccountExit:Forms:MaxBodyBytes", "100000");
        builder.UseSetting("AccountExit:RateLimits:Letters:PermitLimit", "5");
    });

    [Fact]
    public async Task EveryMethodOnEveryPage_IsAnsweredWithoutA5xx()
    {
        using var client = app.CreateNoRedirectClient();
        var failures = new List<string>();
        foreach (var path in Pages)
        {
            foreach (var method in Methods)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                using var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                if (status >= 500 || (path != "/error/500" && method is not ("GET" or "HEAD" or "POST" or "OPTIONS") && status != 405 && status != 404))
                {
                    failures.Add($"{method} {path}: {status}");
                }
            }
        }

        Assert.Empty(failures);
    }

    public static TheoryData<string, string, int, string> OversizedForms => new()
    {
        { "more fields than the limit", string.Join('&', Enumerable.Range(0, 60).Select(i => $"f{i}=x")), 400, "Error_Form_TooManyFields" },
        { "one value over the limit", "Input.FullName=" + new string('x', 9000), 413, "Error_Form_ValueTooLong" },
        { "a body over the limit", "Input.WhatHappened=" + new string('x', 120_000), 413, "Error_Form_TooLarge" },
    };

    [Theory]
    [MemberData(nameof(OversizedForms))]
    public async Task PostLetter_OverAFormLimit_IsAPageInThePersonsLanguageThatSaysWhatWasWrong(string what, string body, int status, string textKey)
    {
        var response = await FormPost.SendAsync(limited, "/close/de/letter", FormPost.Raw(body), "de");

        Assert.True((int)response.Status == status, $"{what}: {(int)response.Status}");
        Assert.Equal(Resx.Value("SharedResource", "de", textKey), Html.Text(Html.ByTestId(response.Text, "error-text")!));
        Assert.Contains("lang=\"de\"", Html.RootTag(response.Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostReport_OverTheBodyLimit_Is413NotA404()
    {
        var response = await FormPost.SendAsync(limited, "/directory/report/de-privacy-email", FormPost.Raw("Problem=" + new string('y', 120_000)), "en");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(Resx.Value("SharedResource", "en", "Error_Form_TooLarge"), Html.Text(Html.ByTestId(response.Text, "error-text")!));
    }

    public static TheoryData<string, string, string> HiddenCharacters => new()
    {
        { "a NUL character", "Erika\0Müller", "Error_SingleLine" },
        { "a right-to-left override", "Erika\u202EMüller", "Error_DirectionOverride" },
        { "a directional isolate", "\u2067Erika\u2069", "Error_DirectionOverride" },
        { "only zero-width characters", "\u200B\u200C\u200D\uFEFF", "Error_InvisibleOnly" },
    };

    [Theory]
    [MemberData(nameof(HiddenCharacters))]
    public async Task PostLetter_WithHiddenCharactersInTheName_GetsAMessageNextToTheFieldAndKeepsTheRest(string what, string name, string messageKey)
    {
        var response = await FormPost.SendAsync(app, "/close/de/letter", FormPost.Raw($"Input.FullName={Uri.EscapeDataString(name)}&Input.Email=erika%40example.com&Input.PostalAddress=Hauptstra%C3%9Fe+1"), "en");

        Assert.True(response.Status == HttpStatusCode.UnprocessableEntity, $"{what}: {(int)response.Status}");
        Assert.Equal(Resx.Value("Pages/Letters/LetterResource", "en", messageKey), Html.Text(Html.ByTestId(response.Text, "error-FullName")!));
        Assert.Contains("Hauptstraße 1", Html.ById(response.Text, "Input_PostalAddress"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("erika@exa%mple.org")]
    [InlineData("erika@_.de")]
    [InlineData("erika@exa mple.org")]
    public async Task PostLetter_WithAnImpossibleMailDomain_IsRefusedNextToTheField(string email)
    {
        var response = await FormPost.SendAsync(app, "/close/de/letter", FormPost.Fields(("Input.FullName", "Erika Müller"), ("Input.Email", email)), "en");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Equal(Resx.Value("Pages/Letters/LetterResource", "en", "Error_Email_Invalid"), Html.Text(Html.ByTestId(response.Text, "error-Email")!));
    }

    [Fact]
    public async Task PostLetter_WithFieldsThisKindDoesNotShow_IgnoresThem()
    {
        var response = await FormPost.SendAsync(app, "/close/de/letter", FormPost.Fields(
            ("Input.FullName", "Erika Müller"), ("Input.Email", "erika@example.com"),
            ("Input.WhatHappened", "\u0001" + new string('x', 3000)), ("Input.LastOrderNumber", "not an order"), ("Input.OriginalDate", "yesterday")), "en");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(Html.ByTestId(response.Text, "error-summary"));
        Assert.NotNull(Html.ByTestId(response.Text, "letter"));
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("localhost.evil.example")]
    [InlineData("127.0.0.1.nip.io")]
    public async Task Request_WithAHostileHostHeader_IsRefusedBeforeAnyLinkIsBuiltFromIt(string host)
    {
        using var client = app.CreateNoRedirectClient();
        foreach (var path in new[] { "/", "/close/de/next?handler=ics", "/openapi/v1.json" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = host;

            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.DoesNotContain(host, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_WithJunkQueryParameters_AnswersAsWithoutThem()
    {
        var clean = await app.GetStringAsync("/directory?market=jp", "en");
        var junk = new StringBuilder("/directory?market=jp");
        for (var i = 0; i < 50; i++)
        {
            junk.Append(CultureInfoInvariant($"&junk{i}={Guid.NewGuid():N}"));
        }

        junk.Append("&%00=%00&handler=%E2%80%AE&market=jp");
        using var response = await app.GetAsync(junk.ToString(), "en");

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}");
        Assert.Equal(Html.ByTestId(clean, "group-market"), Html.ByTestId(await response.Content.ReadAsStringAsync(), "group-market"));
    }

    [Fact]
    public async Task LetterPosts_FloodedFromOneClient_EndIn429NeverA5xx()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await FormPost.SendAsync(limited, "/close/de/letter", FormPost.Fields(("Input.FullName", "Erika Müller"), ("Input.Email", "erika@example.com")))).Status);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 3)], statuses);
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);

    public void Dispose()
    {
        limited.Dispose();
        app.Dispose();
    }
}
