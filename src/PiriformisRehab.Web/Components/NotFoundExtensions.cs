using Microsoft.AspNetCore.Components;

namespace PiriformisRehab.Web.Components;

/// <summary>
/// The one way a page answers "not found": <see cref="NavigationManager.NotFound"/>, whose body
/// NotFoundPage picks by the address's area.
/// </summary>
public static class NotFoundExtensions
{
    /// <summary>
    /// A read answers 404 at once (true). A form post to something missing is answered from its
    /// handler instead (false): Blazor must first match the post to the named form, so the page
    /// renders that form empty and its handler calls <see cref="NavigationManager.NotFound"/>.
    /// </summary>
    public static bool NotFoundUnlessPost(this NavigationManager navigation, HttpContext? http)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        if (http is not null && HttpMethods.IsPost(http.Request.Method))
        {
            return false;
        }

        navigation.NotFound();
        return true;
    }
}
