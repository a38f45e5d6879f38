using System;
using System.Text.Json;
using FieldGen.Serialization;

namespace FieldGen
{
    /// <summary>
    /// Thrown when a GetCustomData payload cannot be read into the typed class: malformed JSON, or a
    /// value that cannot be the field's data type (e.g. <c>"abc"</c> for a NUMBER, a number beyond the
    /// double range, <c>"July 1, 2022"</c> for a DATETIME); also when a value cannot be written
    /// faithfully (a NaN NUMBER). <see cref="JsonException.Path"/> names the JSON path of the
    /// value (e.g. <c>$.data.age</c>). It is a <see cref="JsonException"/>, so code that calls
    /// <see cref="JsonSerializer"/> catches it as usual. The message quotes at most a short excerpt of
    /// the payload (its start and end when it is long); <see cref="JsonException.Path"/> keeps the whole path.
    /// </summary>
    public sealed class CustomDataFormatException : JsonException
    {
        /// <summary>Creates the exception for the value at <paramref name="path"/>.</summary>
        public CustomDataFormatException(string message, string? path, long? lineNumber, long? bytePositionInLine, Exception? innerException = null)
            : base(TextExcerpt.OfMessage(message), path, lineNumber, bytePositionInLine, innerException)
        {
        }

        /// <summary>Creates the exception before the path is known; the reader adds it.</summary>
        internal CustomDataFormatException(string message)
            : base(TextExcerpt.OfMessage(message))
        {
        }

        /// <summary>The problem, followed by the path and position when they are known.</summary>
        public override string Message
        {
            get
            {
                string message = base.Message;
                if (Path is null)
                {
                    return message;
                }

                string path = TextExcerpt.Of(Path, 4 * TextExcerpt.MaxQuotedLength);
                return LineNumber is null
                    ? $"{message} Path: {path}."
                    : $"{message} Path: {path} | LineNumber: {LineNumber} | BytePositionInLine: {BytePositionInLine}.";
            }
        }
    }
}
