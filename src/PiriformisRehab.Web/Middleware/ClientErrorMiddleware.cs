using Microsoft.AspNetCore.Antiforgery;

namespace PiriformisRehab.Web.Middleware;

/// <summary>
/// Turns failures a client causes into the client error they are, before the exception handlers
/// see them as a 500 with a stack trace in the log: Kestrel's BadHttpRequestException (bad chunk
/// framing 400, a too-slow body 408, a body over the server limit 413) keeps its own status, a
/// form that cannot be read is a 400, and an aborted request is just dropped. One short log line
/// each, with no stack trace, path or body (paths carry share tokens).
/// </summary>
internal sealed partial class ClientErrorMiddleware(RequestDelegate next, ILogger<ClientErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (StatusFor(context, ex) is { } status)
        {
            var kind = ex.GetType().Name;
            LogClientError(logger, context.Request.Method, status, kind);
            if (context.RequestAborted.IsCancellationRequested)
            {
                return;
            }

            if (context.Response.HasStarted)
            {
                // Too late for a status: end the response rather than send half of it as whole.
                context.Abort();
                return;
            }

            context.Response.Clear();
            context.Response.StatusCode = status;
            if (status == StatusCodes.Status408RequestTimeout || status == StatusCodes.Status413PayloadTooLarge)
            {
                // The rest of the body is not going to be read.
                context.Response.Headers.Connection = "close";
            }
        }
    }

    /// <summary>The status for an exception the client caused, or null for a real server fault.</summary>
    internal static int? StatusFor(HttpContext context, Exception ex) => ex switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        AntiforgeryValidationException => StatusCodes.Status400BadRequest,
        // The form reader's limits (value count, key or value length) and malformed multipart.
        InvalidDataException when context.Request.HasFormContentType => StatusCodes.Status400BadRequest,
        OperationCanceledException or IOException when context.RequestAborted.IsCancellationRequested => 499,
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Client error: {Method} answered {StatusCode} ({Exception})")]
    private static partial void LogClientError(ILogger logger, string method, int statusCode, string exception);
}
