using FieldGen.Wire;

namespace FieldGen.Naming
{
    /// <summary>
    /// The names of a generated class, composed in one place: its simple name from the ClassName
    /// setting (<c>UserCustomData</c>), its full name with the namespace (<c>App.UserCustomData</c>, the
    /// metadata name the analyzers look up) and the <c>global::</c>-qualified form generated code uses.
    /// </summary>
    internal static class GeneratedClassName
    {
        /// <summary>The placeholder a ClassName setting may contain, replaced by the target type's C# name.</summary>
        public const string TargetPlaceholder = "{Target}";

        /// <summary>The default, used when a file sets no ClassName.</summary>
        public const string DefaultPattern = TargetPlaceholder + "CustomData";

        /// <summary>The default class name, or <paramref name="configured"/> with <c>{Target}</c> replaced (User, Role, Group, Department).</summary>
        public static string For(string? configured, string targetType)
        {
            string target = TargetTypes.Find(targetType)?.MemberName ?? targetType.Substring(0, 1) + targetType.Substring(1).ToLowerInvariant();
            return (configured ?? DefaultPattern).Replace(TargetPlaceholder, target);
        }

        /// <summary>The class's full name, <c>App.UserCustomData</c> (just the class name in the global namespace).</summary>
        public static string FullName(string ns, string className) => ns.Length == 0 ? className : ns + "." + className;

        /// <summary>The class as generated code names it, <c>global::App.UserCustomData</c>.</summary>
        public static string Qualified(string ns, string className) => "global::" + FullName(ns, className);
    }
}
