using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;
using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace AccountExit.Web.Hosting;

internal static class WebSetup
{
    /// <summary>Pages and API answers that hold no personal data and no form token: cached per query and culture.</summary>
    public const string PublicCachePolicy = "public";

    /// <summary>Every query key a cached page or API answer reads (the directory filters, the checklist, the unlock case, a page handler).</summary>
    private static readonly string[] CachedQueryKeys = ["market", "kind", "purpose", "done", "case", "handler"];

    public static void AddWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
            {
                options.Conventions.Add(new AllowedMethodsConvention());
                options.Conventions.Add(new FlowRouteConvention());
                options.Conventions.AuthorizeFolder("/Admin", AdminSetup.Policy).AllowAnonymousToPage("/Admin/SignIn");
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        builder.Services.AddOptions<Microsoft.AspNetCore.Mvc.MvcOptions>().Configure<IStringLocalizerFactory>((options, localizers) =>
        {
            // Model binding (e.g. a date that does not parse) speaks the page's language too.
            var text = localizers.Create(typeof(Pages.Letters.LetterResource));
            options.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((_, _) => text["Error_Value_Invalid"]);
            options.ModelBindingMessageProvider.SetValueIsInvalidAccessor(_ => text["Error_Value_Invalid"]);
            options.ModelBindingMessageProvider.SetUnknownValueIsInvalidAccessor(_ => text["Error_Value_Invalid"]);
        });
        // Pages in Japanese and Arabic are sent as UTF-8 text, not as numeric character references.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, context, _) =>
        {
            // The servers entry comes from the configured origin, never from a forged Host header.
            var origin = context.ApplicationServices.GetRequiredService<PublicOrigin>();
            var request = context.ApplicationServices.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request;
            document.Servers = request is null ? [] : [new Microsoft.OpenApi.OpenApiServer { Url = origin.For(request) }];
            return Task.CompletedTask;
        }));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddOutputCache(options =>
        {
            // Only the query keys the cached pages and the API read vary the cache: junk parameters
            // neither create entries nor change the answer.
            options.SizeLimit = 64L * 1024 * 1024;
            options.AddPolicy(PublicCachePolicy, policy => policy
                .Expire(TimeSpan.FromMinutes(10))
                .SetVaryByQuery(CachedQueryKeys)
                // Stored compressed (the compression runs inside the cache), once per encoding.
                .SetVaryByHeader(HeaderNames.AcceptEncoding)
                // The data version too: instances sharing one cache never serve each other's older import.
                .VaryByValue(context => new KeyValuePair<string, string>(
                    "culture-data", CultureInfo.CurrentUICulture.Name + "|" + context.RequestServices.GetRequiredService<AccountExit.Core.Directory.DirectoryStore>().Current.Version)));
        });
        if (builder.Configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            // Shared by every instance; without it each instance caches in its own memory.
            builder.Services.AddStackExchangeRedisOutputCache(options =>
            {
                options.Configuration = redis;
                options.InstanceName = "accountexit:";
            });
        }
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/problem+json", "text/csv"];
        });
        // Each cached answer is compressed once and then served from the cache, so the smallest output pays.
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.SmallestSize);
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.SmallestSize);
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "ae-antiforgery";
            options.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.Configure<FormLimits>(builder.Configuration.GetSection("AccountExit:Forms"));
        builder.Services.Configure<Pages.Directory.ReportLimits>(builder.Configuration.GetSection("AccountExit:Reports"));
        builder.AddProxies();
        builder.AddRateLimits();
        builder.AddAdmin();
        builder.Services.AddSingleton<AccountExit.Core.Letters.LetterRenderer>();
        builder.Services.AddScoped<Pages.Letters.LetterComposer>();
        builder.Services.AddScoped<Pages.Letters.LetterStepServices>();
        builder.Services.AddValidatorsFromAssemblyContaining<Pages.Letters.LetterInputValidator>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<Microsoft.AspNetCore.Routing.RouteOptions>().Configure(options =>
        {
            options.LowercaseUrls = true;
            options.ConstraintMap["market"] = typeof(MarketRouteConstraint);
            options.ConstraintMap["flow"] = typeof(FlowRouteConstraint);
        });
    }

    public static void UseWebPipeline(this WebApplication app)
    {
        app.UseRequestLogging();
        app.UseProxiesAndHttps();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
        }

        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api"),
            branch => branch.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRequestLocalization();
        app.UseCultureChoice();
        app.UseRouting();
        app.UseRouteCapture();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<FormGuardMiddleware>();
        app.UseMiddleware<DataAvailabilityMiddleware>();
        app.UseRateLimiter();
        app.UseOutputCache();
        // Only the public, output-cached answers are compressed: they hold no secret, so compression
        // cannot leak one (BREACH), and the cache keeps the compressed bytes. Letter pages, which
        // carry an antiforgery token and what was typed, are sent as they are.
        app.UseWhen(
            context => context.GetEndpoint()?.Metadata is { } metadata
                && (metadata.GetMetadata<Microsoft.AspNetCore.OutputCaching.OutputCacheAttribute>() is not null || metadata.GetMetadata<Microsoft.AspNetCore.OutputCaching.IOutputCachePolicy>() is not null),
            branch => branch.UseResponseCompression());
        app.UseAntiforgery();
    }
}
