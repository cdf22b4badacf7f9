using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;

namespace AccountExit.Web.Tests.Operations;

/// <summary>The public, cached answers go out compressed (and are cached so); the letter pages never are.</summary>
public sealed class CompressionTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/directory?market=jp", "br")]
    [InlineData("/directory?market=jp", "gzip")]
    [InlineData("/api/v1/channels?market=jp", "br")]
    [InlineData("/close/de/how", "br")]
    [InlineData("/open-data/accountexit-directory.csv", "gzip")]
    public async Task PublicCachedAnswers_AreCompressed_AndDecompressToTheSameBytes(string path, string encoding)
    {
        var plain = await GetAsync(path, null);
        var first = await GetAsync(path, encoding);
        var cached = await GetAsync(path, encoding);

        Assert.Null(plain.Encoding);
        Assert.Equal(encoding, first.Encoding);
        Assert.Equal(encoding, cached.Encoding);
        Assert.True(first.Body.Length < plain.Body.Length / 2, $"{first.Body.Length} bytes compressed, {plain.Body.Length} plain");
        Assert.Equal(plain.Body, Decompress(first.Body, encoding));
        Assert.Equal(first.Body, cached.Body);
        Assert.Contains("Accept-Encoding", first.Vary, StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/close/de/letter")]
    [InlineData("/")]
    public async Task PagesThatAreNotCached_AreNotCompressed(string path)
    {
        var response = await GetAsync(path, "br");

        Assert.Null(response.Encoding);
    }

    private async Task<(string? Encoding, byte[] Body, IReadOnlyList<string> Vary)> GetAsync(string path, string? encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        }

        using var response = await app.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.Content.Headers.ContentEncoding.SingleOrDefault(), await response.Content.ReadAsByteArrayAsync(), [.. response.Headers.Vary]);
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
