using System;
using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json;

namespace FieldGen.Serialization
{
    /// <summary>
    /// Reads a GetCustomData payload into a generated class: either the whole response envelope
    /// (<c>{ "statusCode": 200, "data": { ... } }</c>) or just its <c>data</c> object. No reflection.
    /// A failure envelope throws <see cref="GenAuthApiException"/>; anything unreadable throws
    /// <see cref="CustomDataFormatException"/> with the JSON path.
    /// </summary>
    /// <remarks>
    /// Which form the root is decides on all its members (<see cref="GetCustomDataEnvelope"/>), in one
    /// pass for the forms GenAuth sends: a data object is known at its first member that no envelope
    /// has, and an envelope's <c>data</c> is read as it comes, in case the root turns out to be one.
    /// When it does not (a later member no envelope has), the root is read again as a data object.
    /// Duplicate members: the last one wins, as in JSON.parse.
    /// </remarks>
    internal static class CustomDataReader
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>
        /// Refuses a raw value that could not be written back: invalid UTF-8 inside a string (the reader
        /// tokenizes it without complaint), or nesting beyond <see cref="JsonValueDepth.MaxValueDepth"/>.
        /// </summary>
        internal static void ValidateValue(JsonElement value)
        {
            _ = value.GetRawText();
            if (JsonValueDepth.IsTooDeep(value))
            {
                throw new CustomDataFormatException(JsonValueDepth.Describe());
            }
        }

        public static T Read<T>(ref Utf8JsonReader reader, PayloadForm form)
            where T : CustomData, new()
        {
            try
            {
                return ReadRoot<T>(ref reader, form);
            }
            catch (Exception ex) when (IsReadFailure(ex))
            {
                throw AsFormatException(ex, "payload");
            }
        }

        /// <summary>
        /// Refuses anything but whitespace after the root value (<c>{"a":1}{"a":2}</c>, <c>{"a":1}]</c>, a
        /// comment), as <see cref="JsonSerializer"/> does, naming where it starts.
        /// </summary>
        internal static void EnsureNothingFollows(ref Utf8JsonReader reader, string what)
        {
            try
            {
                if (reader.Read())
                {
                    throw new CustomDataFormatException($"Unexpected {reader.TokenType} after the {what}'s root value.", "$", null, reader.TokenStartIndex);
                }
            }
            catch (JsonException ex) when (ex is not CustomDataFormatException)
            {
                throw new CustomDataFormatException($"Unexpected content after the {what}'s root value: " + StripPosition(ex.Message), "$", ex.LineNumber, ex.BytePositionInLine, ex);
            }
        }

        /// <summary>An exception System.Text.Json throws for input it cannot read, not yet turned into a <see cref="CustomDataFormatException"/>.</summary>
        internal static bool IsReadFailure(Exception ex) =>
            ex is JsonException and not CustomDataFormatException || ex is InvalidOperationException or ArgumentException;

        /// <summary>The one documented exception type for <paramref name="ex"/>, with the path and position it knows.</summary>
        internal static CustomDataFormatException AsFormatException(Exception ex, string what) => ex is JsonException json
            ? new CustomDataFormatException($"The {what} is not valid JSON: " + StripPosition(json.Message), json.Path ?? "$", json.LineNumber, json.BytePositionInLine, ex)
            : new CustomDataFormatException($"The {what} could not be read: " + ex.Message, "$", null, null, ex);

        /// <summary>
        /// Bytes read straight from a file saved by an editor may start with a UTF-8 byte order mark,
        /// which Utf8JsonReader does not skip.
        /// </summary>
        internal static ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> utf8Json) =>
            utf8Json.Length >= 3 && utf8Json[0] == 0xEF && utf8Json[1] == 0xBB && utf8Json[2] == 0xBF ? utf8Json.Slice(3) : utf8Json;

        private static T ReadRoot<T>(ref Utf8JsonReader reader, PayloadForm form)
            where T : CustomData, new()
        {
            if (reader.TokenType == JsonTokenType.None && !reader.Read())
            {
                throw new CustomDataFormatException("The payload is empty; expected a JSON object.", "$", null, null);
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new CustomDataFormatException($"Expected a JSON object (the response envelope or its data object), found a {reader.TokenType}.", "$", null, null);
            }

            Utf8JsonReader root = reader;
            var result = new T();
            if (form == PayloadForm.DataObject)
            {
                ReadObject(ref reader, result, "$");
                return result;
            }

            bool? statusCodeSucceeded = null;
            bool? v2CodeSucceeded = null;
            bool hasMessage = false;
            int dataCount = 0;
            Exception? dataError = null;
            bool firstMember = true;
            byte[]? rented = null;
            try
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    ReadOnlySpan<byte> key = GetKey(ref reader, ref rented);
                    reader.Read();
                    GetCustomDataEnvelope.Member member = GetCustomDataEnvelope.Classify(key, reader.TokenType, result, form);
                    if (member == GetCustomDataEnvelope.Member.None)
                    {
                        if (form == PayloadForm.Envelope)
                        {
                            // A member a newer API added: not part of the typed values.
                            reader.Skip();
                            continue;
                        }

                        if (firstMember)
                        {
                            // The common bare data object: known at once, read on without looking back.
                            int first = ReadMember(ref reader, result, key, "$");
                            ReadObject(ref reader, result, "$", first);
                            return result;
                        }

                        reader = root;
                        return ReadDataObject<T>(ref reader);
                    }

                    firstMember = false;
                    switch (member)
                    {
                        case GetCustomDataEnvelope.Member.StatusCode:
                            statusCodeSucceeded = GetCustomDataEnvelope.IsSuccess(ref reader);
                            break;
                        case GetCustomDataEnvelope.Member.V2Code:
                            v2CodeSucceeded = GetCustomDataEnvelope.IsSuccess(ref reader);
                            break;
                        case GetCustomDataEnvelope.Member.Message:
                            hasMessage = true;
                            break;
                        case GetCustomDataEnvelope.Member.Data when ++dataCount == 1:
                            // Whether this error counts is known at the end: not if the root is a data
                            // object (then "data" is a raw unknown value) or a failure envelope.
                            Utf8JsonReader atData = reader;
                            try
                            {
                                ReadData(ref reader, result);
                            }
                            catch (Exception ex) when (ex is CustomDataFormatException or InvalidOperationException or ArgumentException)
                            {
                                dataError = ex;
                                reader = atData;
                            }

                            break;
                    }

                    reader.Skip();
                }
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<byte>.Shared.Return(rented);
                }
            }

            bool? succeeded = statusCodeSucceeded ?? v2CodeSucceeded;
            if (form == PayloadForm.Detect && !(succeeded is not null && (hasMessage || dataCount > 0)))
            {
                reader = root;
                return ReadDataObject<T>(ref reader);
            }

            if (succeeded is null)
            {
                throw new CustomDataFormatException("The response has no numeric 'statusCode' (or V2 'code').", "$", null, null);
            }

            if (succeeded == false)
            {
                throw GetCustomDataEnvelope.ReadFailure(root);
            }

            if (dataCount > 1)
            {
                reader = root;
                return ReadLastData<T>(ref reader, dataCount);
            }

            if (dataError is not null)
            {
                ExceptionDispatchInfo.Capture(dataError).Throw();
            }

            return result;
        }

        private static T ReadDataObject<T>(ref Utf8JsonReader reader)
            where T : CustomData, new()
        {
            var result = new T();
            ReadObject(ref reader, result, "$");
            return result;
        }

        // Duplicate "data" members: the last one wins, as in JSON.parse.
        private static T ReadLastData<T>(ref Utf8JsonReader reader, int dataCount)
            where T : CustomData, new()
        {
            var result = new T();
            int seen = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                bool isData = reader.ValueTextEquals("data"u8);
                reader.Read();
                if (isData && ++seen == dataCount)
                {
                    ReadData(ref reader, result);
                }

                reader.Skip();
            }

            return result;
        }

        private static void ReadData(ref Utf8JsonReader reader, CustomData target)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return;
                case JsonTokenType.StartObject:
                    ReadObject(ref reader, target, "$.data");
                    return;
                case JsonTokenType.StartArray:
                    ReadItemList(ref reader, target, "$.data", asChanges: false, out _);
                    return;
                default:
                    throw new CustomDataFormatException($"Expected 'data' to be an object of custom field values, found a {reader.TokenType}.", "$.data", null, null);
            }
        }

        // previous: the field of a member the caller read already (-1: none).
        private static void ReadObject(ref Utf8JsonReader reader, CustomData target, string path, int previous = -1)
        {
            byte[]? rented = null;
            try
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    ReadOnlySpan<byte> key = GetKey(ref reader, ref rented);
                    reader.Read();
                    previous = ReadMember(ref reader, target, key, path, previous: previous);
                }
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<byte>.Shared.Return(rented);
                }
            }
        }

        /// <summary>
        /// Reads the setCustomData list form, <c>[ { "key": "age", "value": 18 } ]</c>: some exports give
        /// <c>data</c> that way, and it is the <c>list</c> of a setCustomData body. As changes, every
        /// listed key is marked changed, so writing the object again lists the same keys.
        /// </summary>
        /// <param name="reader">The reader, at the list's start.</param>
        /// <param name="target">The object the values are read into.</param>
        /// <param name="listPath">The list's JSON path, for errors.</param>
        /// <param name="asChanges">True to mark every listed key changed (a setCustomData body).</param>
        /// <param name="itemTenantId">The <c>tenantId</c> the items carry (the API allows one per item), or null; items naming different tenants are refused, since one object's values cannot be split.</param>
        /// <returns>True when the list was empty or every value in it was a JSON string.</returns>
        internal static bool ReadItemList(ref Utf8JsonReader reader, CustomData target, string listPath, bool asChanges, out string? itemTenantId)
        {
            using JsonDocument list = JsonDocument.ParseValue(ref reader);
            int index = 0;
            bool allStrings = true;
            itemTenantId = null;
            foreach (JsonElement item in list.RootElement.EnumerateArray())
            {
                string itemPath = $"{listPath}[{index++}]";
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("key", out JsonElement key) || key.ValueKind != JsonValueKind.String)
                {
                    throw new CustomDataFormatException("Expected a { \"key\": ..., \"value\": ... } item.", itemPath, null, null);
                }

                if (item.TryGetProperty("tenantId", out JsonElement tenant) && tenant.ValueKind == JsonValueKind.String)
                {
                    string tenantText = tenant.GetString()!;
                    if (itemTenantId is not null && itemTenantId != tenantText)
                    {
                        throw new CustomDataFormatException($"Items name different tenants ('{TextExcerpt.Of(itemTenantId)}', '{TextExcerpt.Of(tenantText)}'); send one request per tenant.", itemPath + ".tenantId", null, null);
                    }

                    itemTenantId = tenantText;
                }

                JsonElement value = item.TryGetProperty("value", out JsonElement found) ? found : default;
                allStrings &= value.ValueKind == JsonValueKind.String;
                byte[] valueJson = value.ValueKind == JsonValueKind.Undefined ? "null"u8.ToArray() : Encoding.UTF8.GetBytes(value.GetRawText());
                var valueReader = new Utf8JsonReader(valueJson);
                valueReader.Read();
                ReadMember(ref valueReader, target, Encoding.UTF8.GetBytes(key.GetString()!), itemPath, asChanges, valuePath: itemPath + ".value");
            }

            return allStrings;
        }

        // valuePath is the value's JSON path when it is not parentPath plus the key (a list item's value);
        // previous is the field read just before (-1: none), returned is this one's (-1: an unknown key).
        private static int ReadMember(ref Utf8JsonReader reader, CustomData target, scoped ReadOnlySpan<byte> key, string parentPath, bool asChange = false, string? valuePath = null, int previous = -1)
        {
            try
            {
                int fieldIndex = target.Contract.Find(key, previous);
                if (fieldIndex >= 0)
                {
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        target.MarkReadAsNull(fieldIndex);
                    }

                    target.ReadFieldValue(fieldIndex, ref reader);
                    if (asChange)
                    {
                        target.MarkChanged(fieldIndex);
                    }
                }
                else
                {
                    string keyText = StrictUtf8.GetString(key.ToArray());
                    JsonElement value = JsonElement.ParseValue(ref reader);
                    ValidateValue(value);
                    if (asChange)
                    {
                        target.UnknownFields.Set(keyText, value);
                    }
                    else
                    {
                        target.UnknownFields.Load(keyText, value);
                    }
                }

                return fieldIndex;
            }
            catch (CustomDataFormatException ex) when (ex.Path is null)
            {
                string keyText = Encoding.UTF8.GetString(key.ToArray());
                string where = valuePath is null ? $", byte offset {reader.TokenStartIndex}" : string.Empty;
                throw new CustomDataFormatException($"{ex.Message} (custom field '{TextExcerpt.Of(keyText)}'{where})", valuePath ?? JsonPath.Append(parentPath, keyText), null, null, ex);
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
            {
                // System.Text.Json refuses some escapes it tokenizes (a lone "\ud800") only when a string is read.
                string keyText = Encoding.UTF8.GetString(key.ToArray());
                throw new CustomDataFormatException($"The key or value of custom field '{TextExcerpt.Of(keyText)}' cannot be read: {ex.Message}", valuePath ?? JsonPath.Append(parentPath, keyText), null, null, ex);
            }
        }

        private static ReadOnlySpan<byte> GetKey(ref Utf8JsonReader reader, scoped ref byte[]? rented)
        {
            if (!reader.HasValueSequence && !reader.ValueIsEscaped)
            {
                return reader.ValueSpan;
            }

            // Escaped (e.g. "\u5b66\u6821") or split keys are unescaped into a pooled buffer: rare, so not on the stack.
            int needed = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
            if (rented is null || rented.Length < needed)
            {
                if (rented is not null)
                {
                    ArrayPool<byte>.Shared.Return(rented);
                }

                rented = ArrayPool<byte>.Shared.Rent(needed);
            }

            int written = reader.CopyString(rented);
            return new ReadOnlySpan<byte>(rented, 0, written);
        }

        private static string StripPosition(string message)
        {
            int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            return cut < 0 ? message : message.Substring(0, cut);
        }
    }
}
