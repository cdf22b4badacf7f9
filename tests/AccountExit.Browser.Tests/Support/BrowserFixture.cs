using Microsoft.Playwright;

namespace AccountExit.Browser.Tests.Support;

/// <summary>One app server and one headless Chromium for a test collection; each test opens its own context.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public AppServer Server { get; } = new();

    public Uri BaseAddress => Server.BaseAddress;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        var executable = Chromium.ExecutablePath();
        Assertions.SetDefaultExpectTimeout(15_000);
        Server.Start();
        PlaywrightDriver.Prepare();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Chromium.Args,
        });
    }

    /// <summary>
    /// A fresh context (own cookies and storage) on the app. <paramref name="culture"/> presets the culture
    /// cookie the language bar would set; the browser itself asks for <paramref name="locale"/>, US English like most
    /// default installs unless a test is a person whose browser speaks another language.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(string? culture = null, ViewportSize? viewport = null, bool javaScript = true, ColorScheme colorScheme = ColorScheme.Light, string locale = "en-US")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ColorScheme = colorScheme,
            Locale = locale,
            ViewportSize = viewport ?? Viewports.Desktop.Size,
            JavaScriptEnabled = javaScript,
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        if (culture is not null)
        {
            await context.AddCookiesAsync(
            [
                new Cookie
                {
                    Name = ".AspNetCore.Culture",
                    Value = Uri.EscapeDataString($"c={culture}|uic={culture}"),
                    Url = BaseAddress.ToString(),
                },
            ]);
        }

        return context;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
