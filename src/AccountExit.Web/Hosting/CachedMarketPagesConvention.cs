using AccountExit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.OutputCaching;

namespace AccountExit.Web.Hosting;

/// <summary>Output-caches every wizard step built on <see cref="MarketPageModel"/> (attributes on a base page model are not inherited).</summary>
internal sealed class CachedMarketPagesConvention : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        if (model.ModelType?.IsSubclassOf(typeof(MarketPageModel)) == true)
        {
            model.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = WebSetup.DirectoryCachePolicy });
        }
    }
}
