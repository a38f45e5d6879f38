using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace FieldGen.Management.Http
{
    /// <summary>
    /// Reads an answer's body up to a size cap, under the caller's cancellation (so the exchange's
    /// timeout covers the body too): an endless or huge answer stops at the cap instead of growing
    /// until HttpClient's 2 GB limit. Also compiled into FieldGen.Client.
    /// </summary>
    internal static class BoundedBodyReader
    {
        /// <summary>How much of an answer that was too large is kept, for a quoted snippet.</summary>
        public const int PrefixLength = 4096;

        /// <exception cref="AnswerTooLargeException">The body (or its Content-Length) is over <paramref name="limit"/> bytes.</exception>
        public static async Task<byte[]> ReadAsync(HttpContent content, long limit, CancellationToken cancellationToken)
        {
            long? declared = content.Headers.ContentLength;
            if (declared > limit)
            {
                throw new AnswerTooLargeException(limit, declared.Value, new byte[0]);
            }

            using Stream stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
            using var body = new MemoryStream(declared is long length ? (int)length : 16 * 1024);
            var buffer = new byte[16 * 1024];
            while (true)
            {
                int read = await stream.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return body.ToArray();
                }

                if (body.Length + read > limit)
                {
                    body.Write(buffer, 0, read);
                    var prefix = new byte[Math.Min(PrefixLength, (int)body.Length)];
                    Array.Copy(body.GetBuffer(), prefix, prefix.Length);
                    throw new AnswerTooLargeException(limit, null, prefix);
                }

                body.Write(buffer, 0, read);
            }
        }
    }

    /// <summary>An answer over its size cap; reading stopped there.</summary>
    internal sealed class AnswerTooLargeException : Exception
    {
        public AnswerTooLargeException(long limit, long? declaredLength, byte[] prefix)
            : base("the answer is larger than the cap of " + limit + " bytes" + (declaredLength is null ? string.Empty : " (Content-Length " + declaredLength + ")"))
        {
            Limit = limit;
            Prefix = prefix;
        }

        public long Limit { get; }

        /// <summary>The first bytes read (empty when the Content-Length alone said it was too large).</summary>
        public byte[] Prefix { get; }
    }
}
