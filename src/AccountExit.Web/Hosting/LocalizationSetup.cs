using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace AccountExit.Web.Hosting;

internal static class LocalizationSetup
{
    public static readonly IReadOnlyList<string> Cultures = [.. Pages.Shared.LanguageLinks.Languages.Select(l => l.Culture)];

    public static void AddLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Cultures.Select(CultureFor).ToList();
            options.DefaultRequestCulture = new RequestCulture("en");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "culture", UIQueryStringKey = "culture" },
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
    }

    /// <summary>
    /// A culture for pages and letters. Arabic defaults to the Umm al-Qura calendar in .NET; letters and
    /// legal deadlines use the Gregorian dates Amazon and the regulators use.
    /// </summary>
    public static CultureInfo CultureFor(string name)
    {
        var culture = new CultureInfo(name);
        if (culture.Calendar is not GregorianCalendar)
        {
            var gregorian = culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault();
            if (gregorian is not null)
            {
                culture.DateTimeFormat.Calendar = gregorian;
            }
        }

        return culture;
    }

    public static bool IsSupported(string? culture) => culture is not null && Cultures.Contains(culture, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// An unknown <c>?culture=</c> is a client error the person should see, not a silent fallback;
    /// a known one is remembered in the culture cookie so it holds on the next page.
    /// </summary>
    public static IApplicationBuilder UseCultureChoice(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Query.TryGetValue("culture", out var requested))
        {
            if (!IsSupported(requested.ToString()))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(requested.ToString().ToLowerInvariant())),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = context.Request.IsHttps });
        }

        await next(context);
    });
}
