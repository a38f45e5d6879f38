using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FieldGen;
using FieldGen.Serialization;

namespace FieldGen.Client
{
    /// <summary>Users with their custom data: get-user and list-users with <c>withCustomData</c>.</summary>
    public sealed partial class GenAuthCustomDataClient
    {
        /// <summary>The documented cap on list-users' <c>options.pagination.limit</c>.</summary>
        public const int MaxUsersPageSize = 50;

        private const string GetUserPath = "/api/v3/get-user";
        private const string ListUsersPath = "/api/v3/list-users";

        // camelCase names as the API sends them; the custom data goes through the generated converter.
        private static readonly JsonSerializerOptions UserJson = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        /// <summary>Reads one user with its custom data (get-user with <c>withCustomData=true</c>).</summary>
        /// <typeparam name="TCustomData">The generated USER class.</typeparam>
        /// <param name="userId">The user's ID, or its user name, email or phone with <paramref name="userIdType"/>.</param>
        /// <param name="userIdType"><c>user_id</c> (default), <c>username</c>, <c>email</c>, <c>phone</c>, <c>external_id</c>...</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <exception cref="GenAuthApiException">GenAuth answered with a failure envelope (404 when no such user).</exception>
        /// <exception cref="CustomDataFormatException">The answer could not be read.</exception>
        public async Task<GenAuthUser<TCustomData>> GetUserAsync<TCustomData>(string userId, string userIdType = "user_id", CancellationToken cancellationToken = default)
            where TCustomData : CustomData, new()
        {
            RequireIdentifier(userId);
            var query = new[]
            {
                new KeyValuePair<string, string?>("userId", userId),
                new KeyValuePair<string, string?>("userIdType", userIdType),
                new KeyValuePair<string, string?>("withCustomData", "true"),
            };
            HttpRequestMessage request = _requests.Get(GetUserPath, query, tenantId: null);
            byte[] body = await _send.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return _send.Read(request, () => ReadData<GenAuthUser<TCustomData>>(body));
        }

        /// <summary>
        /// Streams every user of the pool with its custom data (list-users with <c>withCustomData</c>),
        /// page by page. At most two pages are held at once: the next page is fetched while the caller
        /// works through the current one, so memory stays flat whatever the number of users, and at most
        /// one call is in flight. Throttling (429) and server errors are retried by the HttpClient's
        /// resilience handler when there is one (<c>AddGenAuthCustomData</c> adds it).
        /// </summary>
        /// <typeparam name="TCustomData">The generated USER class.</typeparam>
        /// <param name="pageSize">Users per call, 1 to <see cref="MaxUsersPageSize"/>.</param>
        /// <param name="cancellationToken">Cancels the listing.</param>
        /// <exception cref="GenAuthApiException">A page was refused.</exception>
        /// <remarks>Pages are numbered, as the API's are: users added or removed during the listing can shift a user across a page boundary.</remarks>
        public async IAsyncEnumerable<GenAuthUser<TCustomData>> ListUsersAsync<TCustomData>(int pageSize = MaxUsersPageSize, [EnumeratorCancellation] CancellationToken cancellationToken = default)
            where TCustomData : CustomData, new()
        {
            if (pageSize < 1 || pageSize > MaxUsersPageSize)
            {
                throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "list-users takes 1 to " + MaxUsersPageSize + " users per page.");
            }

            using var prefetch = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            Task<UserPage<TCustomData>>? next = ListPageAsync<TCustomData>(1, pageSize, prefetch.Token);
            try
            {
                for (int page = 1; next is not null; page++)
                {
                    UserPage<TCustomData> current = await next.ConfigureAwait(false);
                    bool more = current.List.Count == pageSize && (long)page * pageSize < current.TotalCount;
                    next = more ? ListPageAsync<TCustomData>(page + 1, pageSize, prefetch.Token) : null;
                    foreach (GenAuthUser<TCustomData> user in current.List)
                    {
                        yield return user;
                    }
                }
            }
            finally
            {
                if (next is not null)
                {
                    // The caller stopped early: cancel the page in flight and observe its end.
                    prefetch.Cancel();
                    try
                    {
                        await next.ConfigureAwait(false);
                    }
                    catch (Exception)
                    {
                        // Its result or failure is of no interest any more.
                    }
                }
            }
        }

        private async Task<UserPage<TCustomData>> ListPageAsync<TCustomData>(int page, int pageSize, CancellationToken cancellationToken)
            where TCustomData : CustomData, new()
        {
            byte[] requestBody = ListUsersBody(page, pageSize);
            HttpRequestMessage request = _requests.Post(ListUsersPath, requestBody, SetCustomDataRequest.SignedParameters(requestBody), tenantId: null);
            byte[] body = await _send.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return _send.Read(request, () => ReadData<UserPage<TCustomData>>(body));
        }

        private static byte[] ListUsersBody(int page, int pageSize)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteStartObject("options");
                writer.WriteStartObject("pagination");
                writer.WriteNumber("page", page);
                writer.WriteNumber("limit", pageSize);
                writer.WriteEndObject();
                writer.WriteBoolean("withCustomData", true);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            return buffer.ToArray();
        }

        /// <summary>The <c>data</c> of a success envelope as <typeparamref name="TData"/>.</summary>
        private static TData ReadData<TData>(byte[] body)
            where TData : class
        {
            ResponseEnvelope.ThrowIfFailure(body);
            try
            {
                return JsonSerializer.Deserialize<DataEnvelope<TData>>(body, UserJson)?.Data
                    ?? throw new CustomDataFormatException("The answer has no 'data' object.", "$.data", null, null);
            }
            catch (JsonException ex) when (ex is not CustomDataFormatException)
            {
                throw new CustomDataFormatException("The answer could not be read: " + ex.Message, ex.Path ?? "$", ex.LineNumber, ex.BytePositionInLine, ex);
            }
        }
    }
}
