using System.Text.Json;

namespace FieldGen.TestServer;

/// <summary>Reads typed properties of a JSON request object, refusing a wrong type with an InvalidArgument failure that names the property.</summary>
internal readonly struct JsonArguments
{
    private readonly JsonElement _object;
    private readonly string _where;

    private JsonArguments(JsonElement json, string where)
    {
        _object = json;
        _where = where;
    }

    /// <param name="json">The element that must be an object.</param>
    /// <param name="where">How a message names it: <c>body</c>, <c>list[2]</c>.</param>
    public static JsonArguments Of(JsonElement? json, string where)
    {
        if (json is not { ValueKind: JsonValueKind.Object } value)
        {
            throw ApiFailureException.InvalidArgument($"{where} must be a JSON object");
        }

        return new JsonArguments(value, where);
    }

    public JsonElement? Element(string name) =>
        _object.TryGetProperty(name, out var value) && value.ValueKind is not JsonValueKind.Undefined ? value : null;

    public bool Has(string name) => _object.TryGetProperty(name, out _);

    public string? String(string name, bool required = false)
    {
        JsonElement? value = Element(name);
        if (value is null || value.Value.ValueKind == JsonValueKind.Null)
        {
            return required ? throw Missing(name) : null;
        }

        if (value.Value.ValueKind != JsonValueKind.String)
        {
            throw ApiFailureException.InvalidArgument($"{_where}.{name} must be a string");
        }

        string text = value.Value.GetString()!;
        return required && text.Length == 0 ? throw Missing(name) : text;
    }

    public bool? Bool(string name) => Element(name) switch
    {
        null or { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw ApiFailureException.InvalidArgument($"{_where}.{name} must be true or false"),
    };

    public int? Int(string name) => Element(name) switch
    {
        null or { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.Number } number when number.TryGetInt32(out int value) => value,
        _ => throw ApiFailureException.InvalidArgument($"{_where}.{name} must be an integer"),
    };

    public JsonElement Array(string name)
    {
        JsonElement? value = Element(name);
        return value is { ValueKind: JsonValueKind.Array } array
            ? array
            : throw ApiFailureException.InvalidArgument($"{_where}.{name} must be an array");
    }

    private ApiFailureException Missing(string name) => ApiFailureException.InvalidArgument($"{_where}.{name} is required");
}
