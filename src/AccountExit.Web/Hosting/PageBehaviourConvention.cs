using AccountExit.Web.Pages.Letters;
using AccountExit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.OutputCaching;

namespace AccountExit.Web.Hosting;

/// <summary>
/// Page behaviour chosen by page model base class (attributes on a base page model are not inherited):
/// wizard steps on <see cref="MarketPageModel"/> are output-cached; letter steps on
/// <see cref="LetterPageModel"/> check their antiforgery token themselves, so a stale token shows
/// the form again with what was typed instead of a bare 400.
/// </summary>
internal sealed class PageBehaviourConvention : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
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
