using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Routing;

namespace AccountExit.Web.Hosting;

/// <summary>
/// Every page answers only the methods it has handlers for (GET and HEAD, and POST where it posts);
/// any other method is a 405 before the page runs, never a page rendered without its data.
/// </summary>
internal sealed class AllowedMethodsConvention : IPageApplicationModelConvention
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
    }
}
