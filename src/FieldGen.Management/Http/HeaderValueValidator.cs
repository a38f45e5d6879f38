namespace FieldGen.Management.Http
{
    /// <summary>
    /// Checks a value before it goes into a request header (token, user pool id from the token's
    /// claims, tenant, language): a CR or LF would start a header of the server's choosing, any other
    /// control character or non-ASCII character corrupts the request. Also compiled into FieldGen.Client.
    /// </summary>
    internal static class HeaderValueValidator
    {
        /// <summary>Null when <paramref name="value"/> can be sent as is; else what is wrong, without quoting the value.</summary>
        public static string? Problem(string name, string value)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c < 0x20 || c == 0x7F)
                {
                    return "the value for the " + name + " header has a control character (U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + ") at position " + i + "; it was not sent";
                }

                if (c > 0x7E)
                {
                    return "the value for the " + name + " header has a non-ASCII character at position " + i + "; it was not sent";
                }
            }

            return null;
        }
    }
}
