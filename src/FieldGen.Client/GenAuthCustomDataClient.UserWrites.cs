using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FieldGen;
using FieldGen.Serialization;

namespace FieldGen.Client
{
    /// <summary>Users with their custom data: create-user (custom data in full) and update-user (changed keys only).</summary>
    public sealed partial class GenAuthCustomDataClient
    {
        private const string CreateUserPath = "/api/v3/create-user";
        private const string UpdateUserPath = "/api/v3/update-user";

        /// <summary>
        /// Creates a user with its custom data (create-user). The custom data is sent in full, every
        /// value <paramref name="customData"/> holds, since a new user has nothing to merge with; on
        /// success its changes are accepted.
        /// </summary>
        /// <typeparam name="TCustomData">The generated USER class.</typeparam>
        /// <param name="user">The built-in fields; at least a user name, an email or a phone.</param>
        /// <param name="customData">The custom data of the new user.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The created user as the API answers it.</returns>
        /// <exception cref="ArgumentException">The user has no user name, email or phone.</exception>
        /// <exception cref="GenAuthApiException">GenAuth refused the user (e.g. a taken user name, an unknown custom field key).</exception>
        /// <exception cref="CustomDataFormatException">A value cannot be sent faithfully, or the answer could not be read.</exception>
        public async Task<GenAuthUser<TCustomData>> CreateUserAsync<TCustomData>(NewGenAuthUser user, TCustomData customData, CancellationToken cancellationToken = default)
            where TCustomData : CustomData, new()
        {
            if (user is null)
            {
                throw new ArgumentNullException(nameof(user));
            }

            if (customData is null)
            {
                throw new ArgumentNullException(nameof(customData));
            }

            if (string.IsNullOrEmpty(user.Username) && string.IsNullOrEmpty(user.Email) && string.IsNullOrEmpty(user.Phone))
            {
                throw new ArgumentException("create-user needs a user name, an email or a phone.", nameof(user));
            }

            byte[] body = CreateUserBody(user, CustomDataSerializer.SerializeToUtf8Bytes(customData));
            GenAuthUser<TCustomData> created = await PostUserAsync<TCustomData>(CreateUserPath, body, cancellationToken).ConfigureAwait(false);
            customData.AcceptChanges();
            return created;
        }

        /// <summary>
        /// Sends the custom data keys of <paramref name="customData"/> that were set or cleared
        /// (update-user merges <c>customData</c>: keys not sent keep their values), the same keys
        /// <see cref="SetCustomDataAsync"/> would send, then accepts the changes. After a failure the
        /// changes stay unaccepted, so the same call can be made again.
        /// </summary>
        /// <typeparam name="TCustomData">The generated USER class.</typeparam>
        /// <param name="userId">The user's ID.</param>
        /// <param name="customData">The custom data with its changes.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The updated user as the API answers it.</returns>
        /// <exception cref="GenAuthApiException">GenAuth refused the update (404 when no such user).</exception>
        /// <exception cref="CustomDataFormatException">A value cannot be sent faithfully, or the answer could not be read.</exception>
        public async Task<GenAuthUser<TCustomData>> UpdateUserAsync<TCustomData>(string userId, TCustomData customData, CancellationToken cancellationToken = default)
            where TCustomData : CustomData, new()
        {
            RequireIdentifier(userId);
            if (customData is null)
            {
                throw new ArgumentNullException(nameof(customData));
            }

            byte[] body = UpdateUserBody(userId, ChangedKeysObject(new SetCustomDataRequest(customData, userId)));
            GenAuthUser<TCustomData> updated = await PostUserAsync<TCustomData>(UpdateUserPath, body, cancellationToken).ConfigureAwait(false);
            customData.AcceptChanges();
            return updated;
        }

        private async Task<GenAuthUser<TCustomData>> PostUserAsync<TCustomData>(string path, byte[] body, CancellationToken cancellationToken)
            where TCustomData : CustomData, new()
        {
            HttpRequestMessage request = _requests.Post(path, body, SetCustomDataRequest.SignedParameters(body), tenantId: null);
            byte[] answer = await _send.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return _send.Read(request, () => ReadData<GenAuthUser<TCustomData>>(answer));
        }

        private static byte[] CreateUserBody(NewGenAuthUser user, byte[] customData)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                WriteIfSet(writer, "username", user.Username);
                WriteIfSet(writer, "email", user.Email);
                WriteIfSet(writer, "phone", user.Phone);
                WriteIfSet(writer, "password", user.Password);
                WriteIfSet(writer, "name", user.Name);
                WriteIfSet(writer, "nickname", user.Nickname);
                WriteIfSet(writer, "externalId", user.ExternalId);
                writer.WritePropertyName("customData");
                writer.WriteRawValue(customData, skipInputValidation: true);
                writer.WriteEndObject();
            }

            return buffer.ToArray();
        }

        private static byte[] UpdateUserBody(string userId, byte[] changedKeys)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("userId", userId);
                writer.WritePropertyName("customData");
                writer.WriteRawValue(changedKeys, skipInputValidation: true);
                writer.WriteEndObject();
            }

            return buffer.ToArray();
        }

        // Top-level strings are signed as their decoded text, so the writer's escaping does not matter
        // for them; the customData object is signed as its bytes, which the runtime writes as JSON.stringify does.
        private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
        {
            if (value is not null)
            {
                writer.WriteString(name, value);
            }
        }

        /// <summary>
        /// The changed keys as a data object: the <c>{ "key", "value" }</c> items set-custom-data would
        /// send, rewritten as <c>{ key: value }</c> from their own bytes, so the keys chosen and the
        /// values written are the runtime's and stay as JSON.stringify writes them.
        /// </summary>
        private static byte[] ChangedKeysObject(SetCustomDataRequest changes)
        {
            using JsonDocument request = JsonDocument.Parse(changes.ToUtf8Bytes());
            var data = new StringBuilder("{");
            foreach (JsonElement item in request.RootElement.GetProperty("list").EnumerateArray())
            {
                if (data.Length > 1)
                {
                    data.Append(',');
                }

                data.Append(item.GetProperty("key").GetRawText()).Append(':').Append(item.GetProperty("value").GetRawText());
            }

            return Encoding.UTF8.GetBytes(data.Append('}').ToString());
        }
    }
}
