using System;
using System.Collections.Generic;
using System.Linq;
using FieldGen.Analyzers.Mapping;
using FieldGen.Merging;
using FieldGen.Model;
using FieldGen.Naming;
using FieldGen.Parsing;
using FieldGen.Wire;

namespace FieldGen.Analyzers.Schema
{
    /// <summary>
    /// What the project's schema files define, as the generator sees it (parsed and merged by the same
    /// code): one <see cref="KeySpace"/> per target type and one per generated class.
    /// </summary>
    internal sealed class SchemaCatalog
    {
        private readonly Dictionary<string, KeySpace> _byTarget;

        private readonly KeySpace _anyTarget;

        private SchemaCatalog(Dictionary<string, KeySpace> byTarget, IReadOnlyList<GeneratedClass> classes)
        {
            _byTarget = byTarget;
            Classes = classes;

            // For a key whose target cannot be known: every key, the targets named as "USER or ROLE".
            string targets = string.Join(" or ", byTarget.Keys.OrderBy(TargetOrder));
            _anyTarget = new KeySpace(targets, classes.OrderBy(c => TargetOrder(c.Keys.TargetType)).SelectMany(c => c.Fields));
        }

        /// <summary>The generated classes in ordinal order of namespace and name.</summary>
        public IReadOnlyList<GeneratedClass> Classes { get; }

        public bool IsEmpty => Classes.Count == 0;

        public static SchemaCatalog Create(MergedSchema merged)
        {
            var classes = new List<GeneratedClass>();
            foreach (CustomDataClassSpec spec in merged.Classes)
            {
                KnownField[] fields = spec.Fields.Select(f => new KnownField(spec, f)).ToArray();
                string metadataName = GeneratedClassName.FullName(spec.Namespace, spec.ClassName);
                classes.Add(new GeneratedClass(metadataName, fields, new KeySpace(spec.TargetType, fields)));
            }

            Dictionary<string, KeySpace> byTarget = classes
                .GroupBy(c => c.Keys.TargetType, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => new KeySpace(g.Key, g.SelectMany(c => c.Fields)), StringComparer.Ordinal);
            return new SchemaCatalog(byTarget, classes);
        }

        /// <summary>
        /// The keys of every class generated for <paramref name="targetType"/> (<see cref="KeyTargets.Any"/>: for
        /// any target), or null when the schema has none.
        /// </summary>
        public KeySpace? ForTarget(string targetType) =>
            targetType == KeyTargets.Any ? (IsEmpty ? null : _anyTarget)
            : _byTarget.TryGetValue(targetType, out KeySpace? space) ? space
            : null;

        /// <summary>How many target types define <paramref name="key"/>: a value can be checked against it only when one does.</summary>
        public int TargetsDefining(string key) => _byTarget.Values.Count(space => space.TryGetField(key, out _));

        private static int TargetOrder(string target) => TargetTypes.IndexOf(target);
    }
}
