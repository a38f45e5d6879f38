using System;
using System.Text.Json;

namespace FieldGen
{
    /// <summary>
    /// Thrown when a GetCustomData payload cannot be read into the typed class: malformed JSON, or a
    /// value that cannot be the field's data type (e.g. <c>"abc"</c> for a NUMBER, a number beyond the
    /// double range, <c>"July 1, 2022"</c> for a DATETIME); also when a value cannot be written
    /// faithfully (a NaN NUMBER). <see cref="JsonException.Path"/> names the JSON path of the
    /// value (e.g. <c>$.data.age</c>). It is a <see cref="JsonException"/>, so code that calls
    /// <see cref="JsonSerializer"/> catches it as usual.
    /// </summary>
    public sealed class CustomDataFormatException : JsonException
    {
        /// <summary>Creates the exception for the value at <paramref name="path"/>.</summary>
        public CustomDataFormatException(string message, string? path, long? lineNumber, long? bytePositionInLine, Exception? innerException = null)
            : base(message, path, lineNumber, bytePositionInLine, innerException)
        {
        }

        /// <summary>Creates the exception before the path is known; the reader adds it.</summary>
        internal CustomDataFormatException(string message)
            : base(message)
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

                return LineNumber is null
                    ? $"{message} Path: {Path}."
                    : $"{message} Path: {Path} | LineNumber: {LineNumber} | BytePositionInLine: {BytePositionInLine}.";
            }
        }
    }
}
