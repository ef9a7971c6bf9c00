namespace TransnationalRules.WebApi;

/// <summary>
/// A client that goes away mid-request (closes the connection, times out) is not a failure of the service: the
/// <see cref="OperationCanceledException"/> or <see cref="IOException"/> that reading or writing then throws is logged
/// at Debug, in one line without a stack trace, and the request ends with 499 (Client Closed Request) when nothing was
/// sent yet. Any other exception, or one while the client is still there, goes on to the exception handler.
/// </summary>
internal sealed partial class ClientDisconnects(RequestDelegate next, ILogger<ClientDisconnects> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            var exception = e.GetType().Name;
            Disconnected(logger, context.Request.Method, context.Request.Path, exception);

            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "The client closed {Method} {Path} before the answer was complete ({Exception}).")]
    private static partial void Disconnected(ILogger logger, string method, PathString path, string exception);
}
