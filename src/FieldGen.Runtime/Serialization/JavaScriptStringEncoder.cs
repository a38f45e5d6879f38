using System;
using System.Text.Encodings.Web;

namespace FieldGen.Serialization
{
    /// <summary>
    /// Escapes only what <c>JSON.stringify</c> escapes in a well-formed string: <c>"</c>, <c>\</c> and
    /// the control characters below U+0020 (<c>\b \f \n \r \t</c>, else lowercase <c>\u00xx</c>).
    /// Used for pre-encoded property names (<see cref="JavaScriptJson.EncodeKey"/>); values, which may
    /// hold lone surrogates, go through <see cref="JavaScriptJson.WriteString(System.Text.Json.Utf8JsonWriter, string)"/>.
    /// </summary>
    internal sealed class JavaScriptStringEncoder : JavaScriptEncoder
    {
        public override int MaxOutputCharactersPerInputCharacter => 6;

        public override bool WillEncode(int unicodeScalar) => unicodeScalar < 0x20 || unicodeScalar == '"' || unicodeScalar == '\\';

        public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
        {
            for (int i = 0; i < textLength; i++)
            {
                if (WillEncode(text[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
        {
            for (int i = 0; i < utf8Text.Length; i++)
            {
                if (WillEncode(utf8Text[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
        {
            numberOfCharactersWritten = 0;
            if (!WillEncode(unicodeScalar))
            {
                string text = char.ConvertFromUtf32(unicodeScalar);
                if (text.Length > bufferLength)
                {
                    return false;
                }

                for (int i = 0; i < text.Length; i++)
                {
                    buffer[i] = text[i];
                }

                numberOfCharactersWritten = text.Length;
                return true;
            }

            // The one owner of the escape forms: JavaScriptJson's string encoder, quotes cut off.
            Span<byte> quoted = stackalloc byte[8];
            char single = (char)unicodeScalar;
            int length = JavaScriptJson.EncodeString(new ReadOnlySpan<char>(&single, 1), quoted) - 2;
            if (length > bufferLength)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                buffer[i] = (char)quoted[i + 1];
            }

            numberOfCharactersWritten = length;
            return true;
        }
    }
}
