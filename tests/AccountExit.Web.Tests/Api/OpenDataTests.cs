using System.Net;
using System.Text;
using System.Text.Json;
using AccountExit.Web.Tests.Support;
using Microsoft.VisualBasic.FileIO;

namespace AccountExit.Web.Tests.Api;

/// <summary>The whole directory as JSON and CSV, versioned by the seed files' hash.</summary>
public sealed class OpenDataTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly AccountExit.Core.Seeding.SeedSet Seeds = AccountExit.Core.Seeding.SeedReader.Read(RepoPaths.Seeds);

    [Fact]
    public async Task Csv_HasOneRowPerChannel_ThatASpreadsheetReadsAsUtf8()
    {
        using var response = await app.GetAsync("/open-data/accountexit-directory.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("accountexit-directory.csv", response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.ToString(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = Parse(Encoding.UTF8.GetString(bytes[3..]));
        var header = rows[0];
        Assert.Equal(["key", "marketplace", "scope", "kind", "purposes", "role", "label", "value", "e164", "quality", "sources", "source_quotes", "verified_on", "data_version"], header);
        var records = rows.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        Assert.Equal(Seeds.Channels.Count, records.Count);
        Assert.Equal(Seeds.Channels.Select(c => c.Key).Order(StringComparer.Ordinal), records.Select(r => r["key"]).Order(StringComparer.Ordinal));
        var japan = records.Single(r => r["key"] == "jp-prime-phone-free");
        Assert.Equal("jp", japan["marketplace"]);
        Assert.Equal("+81120999373", japan["e164"]);
        Assert.Contains("0120-999-373", japan["source_quotes"], StringComparison.Ordinal);
        var etag = response.Headers.ETag?.Tag.Trim('"');
        Assert.NotNull(etag);
        Assert.All(records, r => Assert.Equal(etag, r["data_version"]));
    }

    [Fact]
    public async Task Json_CarriesLicenceProvenanceAndTheSameVersionAsTheCsv()
    {
        using var json = await app.GetAsync("/open-data/accountexit-directory.json");
        using var csv = await app.GetAsync("/open-data/accountexit-directory.csv");

        using var document = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        var root = document.RootElement;
        Assert.Contains("CC BY 4.0", root.GetProperty("licence").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("provenance").GetString()));
        Assert.Equal(64, root.GetProperty("version").GetString()!.Length);
        Assert.Equal(json.Headers.ETag, csv.Headers.ETag);
        Assert.Equal($"\"{root.GetProperty("version").GetString()}\"", json.Headers.ETag!.Tag);
        Assert.Equal(Seeds.Channels.Count, root.GetProperty("channels").GetArrayLength());
    }

    [Theory]
    [InlineData("/open-data/accountexit-directory.json")]
    [InlineData("/open-data/accountexit-directory.csv")]
    public async Task ACopyOfTheSameVersion_IsNotSentAgain(string path)
    {
        using var first = await app.GetAsync(path);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var again = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task TheFooter_LinksBothFiles()
    {
        var html = await app.GetStringAsync("/", "en");

        Assert.Contains("/open-data/accountexit-directory.json", Html.Hrefs(html));
        Assert.Contains("/open-data/accountexit-directory.csv", Html.Hrefs(html));
    }

    private static List<string[]> Parse(string text)
    {
        using var parser = new TextFieldParser(new StringReader(text)) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }
}
