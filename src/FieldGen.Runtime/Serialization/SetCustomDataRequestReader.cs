using System;
using System.Text.Json;

namespace FieldGen.Serialization
{
    /// <summary>
    /// Reads a setCustomData request body back into a generated class: a fake of the API, a proxy or
    /// an audit log sees the typed values, and writing the request again lists the same keys.
    /// Duplicate members (<c>list</c> included) and duplicate keys in the list: the last one wins, as
    /// in JSON.parse. Nothing but whitespace may follow the body.
    /// </summary>
    internal static class SetCustomDataRequestReader
    {
        public static SetCustomDataRequest Read<T>(ReadOnlySpan<byte> utf8Json)
            where T : CustomData, new()
        {
            var reader = new Utf8JsonReader(CustomDataReader.SkipByteOrderMark(utf8Json), CustomDataSerializer.ReaderOptions);
            try
            {
                SetCustomDataRequest request = ReadRoot<T>(ref reader);
                CustomDataReader.EnsureNothingFollows(ref reader, "request body");
                return request;
            }
            catch (Exception ex) when (CustomDataReader.IsReadFailure(ex))
            {
                throw CustomDataReader.AsFormatException(ex, "request body");
            }
        }

        private static SetCustomDataRequest ReadRoot<T>(ref Utf8JsonReader reader)
            where T : CustomData, new()
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new CustomDataFormatException("Expected a setCustomData request body: a JSON object with targetIdentifier and list.", "$", null, null);
            }

            var data = new T();
            string? targetType = null;
            string? targetIdentifier = null;
            string? @namespace = null;
            string? tenantId = null;
            string? itemTenantId = null;
            bool listSeen = false;
            bool allStrings = false;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                string name = reader.GetString()!;
                reader.Read();
                switch (name)
                {
                    case "targetType":
                        targetType = ReadString(ref reader, "$.targetType");
                        break;
                    case "targetIdentifier":
                        targetIdentifier = ReadString(ref reader, "$.targetIdentifier");
                        break;
                    case "namespace":
                        @namespace = ReadString(ref reader, "$.namespace");
                        break;
                    case "tenantId":
                        tenantId = ReadString(ref reader, "$.tenantId");
                        break;
                    case "list":
                        if (reader.TokenType != JsonTokenType.StartArray)
                        {
                            throw new CustomDataFormatException($"Expected 'list' to be an array of {{ \"key\", \"value\" }} items, found a {reader.TokenType}.", "$.list", null, null);
                        }

                        // A later list replaces an earlier one, so its values go into a fresh object.
                        data = listSeen ? new T() : data;
                        allStrings = CustomDataReader.ReadItemList(ref reader, data, "$.list", asChanges: true, out itemTenantId);
                        listSeen = true;
                        break;
                    default:
                        // A member a newer API added: not part of the typed request.
                        reader.Skip();
                        break;
                }
            }

            string expectedTarget = data.TargetType.ToWireValue();
            if (targetType is not null && !string.Equals(targetType, expectedTarget, StringComparison.OrdinalIgnoreCase))
            {
                throw new CustomDataFormatException($"The request is for targetType {TextExcerpt.Of(targetType)}; {typeof(T).Name} holds {expectedTarget} values.", "$.targetType", null, null);
            }

            if (string.IsNullOrEmpty(targetIdentifier))
            {
                throw new CustomDataFormatException("The request has no targetIdentifier.", "$.targetIdentifier", null, null);
            }

            if (!listSeen)
            {
                throw new CustomDataFormatException("The request has no list of { \"key\", \"value\" } items.", "$.list", null, null);
            }

            // The API lets each item name its tenant; for one object's values that is the request's tenant.
            if (itemTenantId is not null && tenantId is not null && itemTenantId != tenantId)
            {
                throw new CustomDataFormatException($"The items name tenant '{TextExcerpt.Of(itemTenantId)}' but the request names '{TextExcerpt.Of(tenantId)}'.", "$.list", null, null);
            }

            return new SetCustomDataRequest(data, targetIdentifier!)
            {
                Namespace = @namespace,
                TenantId = tenantId ?? itemTenantId,
                // A body whose every value is a string came from the generated SDKs' style; keep it.
                WriteOptions = allStrings && data.HasChanges ? CustomDataWriteOptions.Strings : CustomDataWriteOptions.Default,
            };
        }

        private static string? ReadString(ref Utf8JsonReader reader, string path) => reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw new CustomDataFormatException($"Expected a string, found a {reader.TokenType}.", path, null, null),
        };
    }
}
