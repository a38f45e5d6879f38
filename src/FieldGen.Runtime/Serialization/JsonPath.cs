namespace FieldGen.Serialization
{
    /// <summary>Builds JSON paths the way System.Text.Json prints them: <c>$.data.age</c>, <c>$.data['学 校']</c>.</summary>
    internal static class JsonPath
    {
        public static string Append(string parent, string key)
        {
            bool simple = key.Length > 0;
            foreach (char c in key)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
                {
                    simple = false;
                    break;
                }
            }

            return simple ? parent + "." + key : parent + "['" + key.Replace("\\", "\\\\").Replace("'", "\\'") + "']";
        }
    }
}
