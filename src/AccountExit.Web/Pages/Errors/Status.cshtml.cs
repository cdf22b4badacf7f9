using AccountExit.Web.Hosting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AccountExit.Web.Pages.Errors;

[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class StatusModel : PageModel
{
    private static readonly int[] OwnText = [400, 404, 413, 500, 503];

    public int Code { get; private set; }

    public string TitleKey => OwnText.Contains(Code) ? $"Error_{Code}_Title" : "Error_Other_Title";

    /// <summary>A refused form or unavailable data says what was wrong; known statuses have their own text; any other falls back to the generic one.</summary>
    public string TextKey =>
        FormGuardMiddleware.ProblemOf(HttpContext) is { } problem ? $"Error_Form_{problem}"
        : DataAvailability.ProblemOf(HttpContext) is not null ? "Error_Data_Unavailable"
        : OwnText.Contains(Code) ? $"Error_{Code}_Text" : "Error_Other_Text";

    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        // Only a failed request shows an error page; the address on its own is not a page.
        var failed = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null || HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        Code = failed ? code : StatusCodes.Status404NotFound;
        if (!failed)
        {
            Response.StatusCode = Code;
        }
    }
}
