using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace PiriformisRehab.CircuitMemory;

/// <summary>
/// Serves <see cref="TrivialHostPage"/> at <see cref="Path"/>, in this harness only: the app gets
/// no new page. It is the comparison point "a circuit with almost nothing in it" on the same
/// server, services and middleware as the wizard.
/// </summary>
internal sealed class TrivialPageStartupFilter : IStartupFilter
{
    public const string Path = "/bench/trivial";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) && context.Request.Path == Path)
            {
                await new RazorComponentResult<TrivialHostPage>().ExecuteAsync(context);
                return;
            }

            await nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>A bare static document with one interactive counter and the Blazor script.</summary>
internal sealed class TrivialHostPage : ComponentBase
{
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.AddMarkupContent(0, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><base href=\"/\"><title>Trivial circuit</title></head><body>");
        builder.OpenComponent<TrivialCounter>(1);
        builder.AddComponentRenderMode(RenderMode.InteractiveServer);
        builder.CloseComponent();
        builder.AddMarkupContent(2, "<script src=\"_framework/blazor.web.js\"></script></body></html>");
    }
}

/// <summary>The classic counter: one field, one button.</summary>
internal sealed class TrivialCounter : ComponentBase
{
    private int _count;

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "data-interactive", RendererInfo.IsInteractive ? "true" : "false");
        builder.OpenElement(2, "p");
        builder.AddContent(3, "Count: ");
        builder.AddContent(4, _count);
        builder.CloseElement();
        builder.OpenElement(5, "button");
        builder.AddAttribute(6, "type", "button");
        builder.AddAttribute(7, "onclick", EventCallback.Factory.Create<MouseEventArgs>(this, () => _count++));
        builder.AddContent(8, "Click me");
        builder.CloseElement();
        builder.CloseElement();
    }
}
