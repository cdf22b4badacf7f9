using AccountExit.Web.Pages.Letters;
using AccountExit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;

namespace AccountExit.Web.Hosting;

/// <summary>
/// Page behaviour chosen by page model base class (attributes on a base page model are not inherited):
/// wizard steps on <see cref="MarketPageModel"/> are output-cached; letter steps on
/// <see cref="LetterPageModel"/> check their antiforgery token themselves, so a stale token shows
/// the form again with what was typed instead of a bare 400. Every page answers only the methods
/// it has handlers for (GET and HEAD, and POST where it posts); any other method is a 405 before
/// the page runs, never a page rendered without its data.
/// </summary>
internal sealed class PageBehaviourConvention : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        // Error pages are re-executed with the failed request's own method, whatever it was.
        if (!model.ViewEnginePath.StartsWith("/Errors/", StringComparison.Ordinal))
        {
            var posts = model.HandlerMethods.Any(h => string.Equals(h.HttpMethod, "Post", StringComparison.OrdinalIgnoreCase));
            model.EndpointMetadata.Add(new HttpMethodMetadata(posts ? ["GET", "HEAD", "POST"] : ["GET", "HEAD"]));
        }

        if (model.ModelType?.IsSubclassOf(typeof(MarketPageModel)) == true)
        {
            model.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = WebSetup.PublicCachePolicy });
        }

        if (model.ModelType?.IsSubclassOf(typeof(LetterPageModel)) == true)
        {
            model.Filters.Add(new IgnoreAntiforgeryTokenAttribute());
        }

    }
}
