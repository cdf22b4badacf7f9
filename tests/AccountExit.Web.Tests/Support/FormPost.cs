using System.Net;

namespace AccountExit.Web.Tests.Support;

/// <summary>A raw form post's answer.</summary>
public sealed record FormResponse(HttpStatusCode Status, string Text, string? RetryAfter);

/// <summary>
/// Posts any body to a page as a browser would after loading it: GET the page with a client that
/// keeps cookies, then POST the body built from the page's antiforgery token.
/// </summary>
public static class FormPost
{
    public static async Task<FormResponse> SendAsync(
        Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app, string path, Func<string, HttpContent> body, string? culture = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(body);
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var get = LetterPost.Request(HttpMethod.Get, path, culture);
        using var page = await client.SendAsync(get);
        var html = await page.Content.ReadAsStringAsync();
        var token = LetterPost.Token(html) ?? throw new InvalidOperationException($"GET {path} returned {(int)page.StatusCode} with no form token.");
        using var post = LetterPost.Request(HttpMethod.Post, path, culture);
        post.Content = body(token);
        using var response = await client.SendAsync(post);
        return new FormResponse(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.RetryAfter?.ToString());
    }

    /// <summary>URL-encoded fields plus the token, as a form sends them.</summary>
    public static Func<string, HttpContent> Fields(params (string Name, string Value)[] fields) => token =>
        new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new(LetterPost.TokenField, token)));

    /// <summary>A body exactly as given (for bodies a browser would not build), with the token first.</summary>
    public static Func<string, HttpContent> Raw(string encodedFields) => token =>
        new StringContent($"{LetterPost.TokenField}={Uri.EscapeDataString(token)}&{encodedFields}", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
}
