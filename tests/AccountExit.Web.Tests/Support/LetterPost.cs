using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace AccountExit.Web.Tests.Support;

/// <summary>What a person types into a letter form. A null field is left out of the post, as an absent form field.</summary>
public sealed record LetterForm(string? FullName, string? Email)
{
    public string? PostalAddress { get; init; }

    public string? Language { get; init; }

    public string? LastOrderNumber { get; init; }

    public string? WhatHappened { get; init; }

    /// <summary>As a date input sends it: yyyy-MM-dd.</summary>
    public string? OriginalDate { get; init; }

    /// <summary>"true" or "false", as the residence radio buttons send it.</summary>
    public string? Resident { get; init; }

    public string? Authority { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> Fields() =>
        new (string Name, string? Value)[]
            {
                ("Input.FullName", FullName),
                ("Input.Email", Email),
                ("Input.PostalAddress", PostalAddress),
                ("Input.Language", Language),
                ("Input.LastOrderNumber", LastOrderNumber),
                ("Input.WhatHappened", WhatHappened),
                ("Input.OriginalDate", OriginalDate),
                ("Input.Resident", Resident),
                ("Input.Authority", Authority),
            }
            .Where(field => field.Value is not null)
            .Select(field => new KeyValuePair<string, string>(field.Name, field.Value!))
            .ToList();
}

/// <summary>A letter post's answer, read completely, so nothing has to be disposed.</summary>
public sealed record LetterResponse(
    HttpStatusCode Status,
    string? MediaType,
    string? CharSet,
    string? DispositionType,
    string? FileName,
    string? CacheControl,
    ReadOnlyMemory<byte> Body,
    int? RetryAfterSeconds = null)
{
    /// <summary>The body as UTF-8, byte order mark removed.</summary>
    public string Text => Encoding.UTF8.GetString(Body.Span).TrimStart('\uFEFF');

    public bool NoStore => CacheControl?.Contains("no-store", StringComparison.OrdinalIgnoreCase) == true;
}

/// <summary>
/// Posts a letter form as a browser does: GET the letter page with a client that keeps cookies, take the
/// antiforgery token from the form, POST the fields to the page with <c>?kind=…</c> and an optional
/// <c>&amp;handler=…</c> (eml, txt, ics, print).
/// </summary>
public static class LetterPost
{
    internal const string TokenField = "__RequestVerificationToken";

    public static Task<LetterResponse> SendAsync(AppFactory app, string page, string? kind, LetterForm form, string? handler = null, string? culture = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        return SendAsync(app.CreateNoRedirectClient(handleCookies: true), page, kind, form, handler, culture);
    }

    /// <summary>The same against a factory derived with other settings (<c>WithWebHostBuilder</c>).</summary>
    public static Task<LetterResponse> SendAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app, string page, string? kind, LetterForm form, string? handler = null, string? culture = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        return SendAsync(app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), page, kind, form, handler, culture);
    }

    private static async Task<LetterResponse> SendAsync(HttpClient ownedClient, string page, string? kind, LetterForm form, string? handler, string? culture)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(form);

        using var client = ownedClient;
        var pagePath = kind is null ? page : $"{page}?kind={Uri.EscapeDataString(kind)}";
        string html;
        using (var get = Request(HttpMethod.Get, pagePath, culture))
        using (var pageResponse = await client.SendAsync(get))
        {
            html = await pageResponse.Content.ReadAsStringAsync();
            Assert.True(pageResponse.StatusCode == HttpStatusCode.OK, $"GET {pagePath} returned {(int)pageResponse.StatusCode}:\n{html}");
        }

        var token = Token(html) ?? throw new InvalidOperationException($"GET {pagePath} has no {TokenField} in its form.");
        var postPath = handler is null ? pagePath : $"{pagePath}{(kind is null ? '?' : '&')}handler={Uri.EscapeDataString(handler)}";
        using var post = Request(HttpMethod.Post, postPath, culture);
        post.Content = new FormUrlEncodedContent(form.Fields().Append(new KeyValuePair<string, string>(TokenField, token)));
        using var response = await client.SendAsync(post);
        var body = await response.Content.ReadAsByteArrayAsync();
        var contentType = response.Content.Headers.ContentType;
        var disposition = response.Content.Headers.ContentDisposition;
        return new LetterResponse(
            response.StatusCode,
            contentType?.MediaType,
            contentType?.CharSet,
            disposition?.DispositionType,
            disposition?.FileNameStar ?? disposition?.FileName?.Trim('"'),
            response.Headers.CacheControl?.ToString(),
            body,
            response.Headers.RetryAfter?.Delta is { } delta ? (int)delta.TotalSeconds : null);
    }

    internal static HttpRequestMessage Request(HttpMethod method, string path, string? culture)
    {
        var request = new HttpRequestMessage(method, path);
        if (culture is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(culture));
        }

        return request;
    }

    internal static string? Token(string html) =>
        Html.Tags(html, "input")
            .Where(tag => Html.Attribute(tag, "name") == TokenField)
            .Select(tag => Html.Attribute(tag, "value"))
            .FirstOrDefault();
}
