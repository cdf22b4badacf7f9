using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AccountExit.Web.Pages.Errors;

[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    /// <summary>Known statuses have their own text; any other falls back to the generic one.</summary>
    public string TextKey => Code is 400 or 404 or 500 ? $"Error_{Code}" : "Error_Other";

    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code;
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null && code is >= 400 and < 600)
        {
            Response.StatusCode = code;
        }
    }
}
