using System;

namespace FieldGen.TestServer;

/// <summary>One route: method and path (path case-insensitive), whether it needs authentication, and its handler.</summary>
internal sealed record Endpoint(string Method, string Path, bool RequiresAuth, Func<IncomingRequest, ApiResponse> Handle)
{
    public const string ManagementTokenPath = "/api/v3/get-management-token";

    public bool Matches(IncomingRequest request) =>
        string.Equals(request.Method, Method, StringComparison.OrdinalIgnoreCase)
        && string.Equals(request.Path.TrimEnd('/'), Path, StringComparison.OrdinalIgnoreCase);
}
