using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace AccountExit.Web.Hosting;

/// <summary>
/// Form limits from <c>AccountExit:Forms</c>: the pages' forms have about ten short fields, so the
/// framework's defaults (1,024 fields, 4 MB a value, a 30 MB body) are far more than a person types.
/// A value under the limits but over a field's own maximum gets that field's message instead.
/// </summary>
public sealed class FormLimits
{
    public int MaxFields { get; set; } = 64;

    public int MaxValueLength { get; set; } = 128 * 1024;

    public long MaxBodyBytes { get; set; } = 1024 * 1024;
}

/// <summary>Why a posted form was refused before any page saw it; the error page explains it in the person's language.</summary>
public enum FormProblem
{
    TooLarge,
    TooManyFields,
    ValueTooLong,
    Unreadable,
}

/// <summary>
/// Reads every posted page form before the page does, so a form over the limits or one that cannot be
/// read is a 400 or 413 page that says what was wrong, not a page bound with nothing (a 404). A
/// NUL character, which the framework's reader refuses outright, is read leniently instead: the
/// field then gets its own message next to it and nothing typed is lost.
/// </summary>
internal sealed class FormGuardMiddleware(RequestDelegate next, Microsoft.Extensions.Options.IOptions<FormLimits> options)
{
    private const string ProblemKey = "AccountExit.FormProblem";

    public static FormProblem? ProblemOf(HttpContext context) => context.Items[ProblemKey] as FormProblem?;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType || request.Path.StartsWithSegments("/api")
            || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }

        var limits = options.Value;
        if (request.ContentLength > limits.MaxBodyBytes)
        {
            Refuse(context, FormProblem.TooLarge);
            return;
        }

        var bodySize = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (bodySize is { IsReadOnly: false })
        {
            bodySize.MaxRequestBodySize = limits.MaxBodyBytes;
        }

        var problem = await ReadAsync(context, limits);
        if (problem is null)
        {
            await next(context);
        }
        else
        {
            Refuse(context, problem.Value);
        }
    }

    private static async Task<FormProblem?> ReadAsync(HttpContext context, FormLimits limits)
    {
        var request = context.Request;
        // No buffer limit of its own: the body-size limit above already caps what is read.
        request.EnableBuffering();
        try
        {
            await request.ReadFormAsync(new FormOptions
            {
                ValueCountLimit = limits.MaxFields,
                ValueLengthLimit = limits.MaxValueLength,
                MultipartBodyLengthLimit = limits.MaxBodyBytes,
                BufferBody = true,
            }, context.RequestAborted);
            return null;
        }
        catch (BadHttpRequestException e)
        {
            return e.StatusCode == StatusCodes.Status413PayloadTooLarge ? FormProblem.TooLarge : FormProblem.Unreadable;
        }
        catch (InvalidDataException)
        {
            return await ReadLenientlyAsync(context, limits);
        }
        catch (IOException)
        {
            return FormProblem.Unreadable;
        }
    }

    /// <summary>Reads a URL-encoded body the strict reader refused, and says which limit it breaks, if any.</summary>
    private static async Task<FormProblem?> ReadLenientlyAsync(HttpContext context, FormLimits limits)
    {
        var request = context.Request;
        if (request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) != true)
        {
            return FormProblem.Unreadable;
        }

        request.Body.Position = 0;
        using var reader = new StreamReader(request.Body, Encoding.UTF8, leaveOpen: true);
        var fields = QueryHelpers.ParseQuery(await reader.ReadToEndAsync(context.RequestAborted));
        if (fields.Sum(f => f.Value.Count) > limits.MaxFields)
        {
            return FormProblem.TooManyFields;
        }

        if (fields.Any(f => f.Key.Length > limits.MaxValueLength || f.Value.Any(v => v?.Length > limits.MaxValueLength)))
        {
            return FormProblem.ValueTooLong;
        }

        context.Features.Set<IFormFeature>(new FormFeature(new FormCollection(fields)));
        return null;
    }

    private static void Refuse(HttpContext context, FormProblem problem)
    {
        context.Items[ProblemKey] = problem;
        // The error page is re-executed with this request's method; it must not try to read the body again.
        context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Response.StatusCode = problem is FormProblem.TooLarge or FormProblem.ValueTooLong
            ? StatusCodes.Status413PayloadTooLarge
            : StatusCodes.Status400BadRequest;
    }
}
