using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace FieldGen.TestServer;

/// <summary>Every request's path through the server: fault, route, authentication, endpoint, log.</summary>
internal sealed class RequestPipeline
{
    private readonly IReadOnlyList<Endpoint> _endpoints;
    private readonly RequestAuthenticator _authenticator;
    private readonly FaultInjector _faults;
    private readonly ServerCounters _counters;
    private readonly RequestLog _log;
    private readonly SecretRedactor _redactor;
    private readonly int _authFailureHttpStatus;

    public RequestPipeline(
        IReadOnlyList<Endpoint> endpoints, RequestAuthenticator authenticator, FaultInjector faults,
        ServerCounters counters, RequestLog log, SecretRedactor redactor, GenAuthTestServerOptions options)
    {
        _authFailureHttpStatus = options.HttpStatusForAuthFailures ? 401 : 200;
        _endpoints = endpoints;
        _authenticator = authenticator;
        _faults = faults;
        _counters = counters;
        _log = log;
        _redactor = redactor;
    }

    public async Task HandleAsync(HttpContext context)
    {
        _counters.CountRequest();
        using var request = await IncomingRequest.ReadAsync(context).ConfigureAwait(false);
        var style = request.Path.StartsWith("/api/v2/", StringComparison.OrdinalIgnoreCase) ? EnvelopeStyle.V2 : EnvelopeStyle.V3;
        var auth = AuthOutcome.NotAttempted;

        InjectedFault? fault = _faults.Take(request.Path);
        if (fault is not null)
        {
            _counters.CountFaultInjected();
            try
            {
                await Task.Delay(fault.Delay, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        ApiResponse response;
        try
        {
            response = fault is { ReplacesResponse: true } ? FaultAnswer(fault, request, style) with { RetryAfter = fault.RetryAfter } : Answer(request, style, out auth);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The type only: an exception message could quote request data.
            response = ApiResponse.Failure(500, GenAuthApiCodes.InternalError, $"internal test server error ({exception.GetType().Name})", request.RequestId, 500, style);
        }

        if (response.EnvelopeStatusCode == 401)
        {
            _counters.CountUnauthorized();
        }

        await WriteAsync(context, response.InLanguage(ServerMessages.LanguageOf(request.Header("x-authing-lang")))).ConfigureAwait(false);
        _log.Add(LogEntry(request, auth, response, fault is not null));
    }

    private ApiResponse Answer(IncomingRequest request, EnvelopeStyle style, out AuthOutcome auth)
    {
        auth = AuthOutcome.NotAttempted;
        Endpoint? endpoint = _endpoints.FirstOrDefault(e => e.Matches(request));
        if (endpoint is null)
        {
            return ApiResponse.Failure(404, GenAuthApiCodes.NotFound, $"no endpoint {request.Method} {request.Path}", request.RequestId, 404, style);
        }

        if (endpoint.RequiresAuth)
        {
            auth = _authenticator.Authenticate(request);
            if (!auth.Succeeded)
            {
                return ApiResponse.Failure(401, auth.FailureApiCode!.Value, auth.FailureMessage!, request.RequestId, _authFailureHttpStatus, style);
            }

            if (auth.Scheme == AuthScheme.Signature)
            {
                _counters.CountSignedVerified();
            }
            else
            {
                _counters.CountBearerAccepted();
            }
        }

        try
        {
            return endpoint.Handle(request);
        }
        catch (ApiFailureException failure)
        {
            return ApiResponse.Failure(failure.StatusCode, failure.ApiCode, failure.Detail, request.RequestId, 200, style);
        }
    }

    private static ApiResponse FaultAnswer(InjectedFault fault, IncomingRequest request, EnvelopeStyle style)
    {
        int httpStatus = fault.HttpStatusCode ?? 200;
        if (fault.GarbageBody)
        {
            return ApiResponse.Garbage(httpStatus);
        }

        return fault.Envelope is { } envelope
            ? ApiResponse.Failure(envelope.StatusCode, envelope.ApiCode, envelope.Message, request.RequestId, httpStatus, style) with { VerbatimMessage = true }
            : ApiResponse.Failure(httpStatus, GenAuthApiCodes.InjectedFault, $"injected HTTP {httpStatus}", request.RequestId, httpStatus, style);
    }

    private static async Task WriteAsync(HttpContext context, ApiResponse response)
    {
        context.Response.StatusCode = response.HttpStatus;
        if (response.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        context.Response.ContentType = response.Envelope is null ? "text/html; charset=utf-8" : "application/json; charset=utf-8";
        // Written as a JavaScript server writes it: JSON.stringify, so non-ASCII is not escaped.
        string body = response.Envelope is null ? response.RawBody ?? "" : JavaScriptJson.Stringify(response.Envelope);
        await context.Response.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private ReceivedRequest LogEntry(IncomingRequest request, AuthOutcome auth, ApiResponse response, bool faulted)
    {
        var headers = request.Headers.ToDictionary(
            h => h.Key,
            h => h.Key == "authorization" ? SecretRedactor.RedactAuthorization(h.Value) : _redactor.Redact(h.Value));

        // get-management-token's body is the credentials themselves.
        bool carriesSecret = string.Equals(request.Path, Endpoint.ManagementTokenPath, StringComparison.OrdinalIgnoreCase);
        string? body = carriesSecret || request.BodyText is null ? null : _redactor.Redact(request.BodyText);
        return new ReceivedRequest(
            request.RequestId, request.Method, request.Path, _redactor.Redact(request.QueryString), headers, body,
            auth.Scheme, auth.Succeeded, response.HttpStatus, response.EnvelopeStatusCode, response.ApiCode, faulted);
    }
}
