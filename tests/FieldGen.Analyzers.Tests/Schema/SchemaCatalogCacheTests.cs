using System.Linq;
using System.Threading;
using FieldGen.Analyzers.Schema;
using FieldGen.Analyzers.Tests.Support;
using FieldGen.Model;

namespace FieldGen.Analyzers.Tests.Schema
{
    /// <summary>The schema is parsed once per content, with the generator's own parsing and naming.</summary>
    public sealed class SchemaCatalogCacheTests
    {
        [Fact]
        public void Same_content_in_a_new_compilation_reuses_the_catalog()
        {
            string path = "/cache/same/custom-fields.json";
            SchemaCatalog? first = SchemaCatalogCache.Get(TestAnalyzerOptions.Create((path, Schemas.UserAndRole, true)), CancellationToken.None);
            SchemaCatalog? second = SchemaCatalogCache.Get(TestAnalyzerOptions.Create((path, Schemas.UserAndRole, true)), CancellationToken.None);

            Assert.NotNull(first);
            Assert.Same(first, second);
        }

        [Fact]
        public void Changed_content_is_parsed_again()
        {
            string path = "/cache/changed/custom-fields.json";
            SchemaCatalog? before = SchemaCatalogCache.Get(TestAnalyzerOptions.Create((path, Schemas.UserAndRole, true)), CancellationToken.None);
            SchemaCatalog? after = SchemaCatalogCache.Get(TestAnalyzerOptions.Create((path, Schemas.UserAndRole.Replace("\"school\"", "\"college\""), true)), CancellationToken.None);

            Assert.NotSame(before, after);
            Assert.True(after!.ForTarget("USER")!.TryGetField("college", out _));
            Assert.False(after.ForTarget("USER")!.TryGetField("school", out _));
        }

        [Fact]
        public void Only_files_marked_as_schema_count()
        {
            SchemaCatalog? none = SchemaCatalogCache.Get(TestAnalyzerOptions.Create(("/cache/unmarked/fields.json", Schemas.UserAndRole, false)), CancellationToken.None);

            Assert.Null(none);
        }

        [Fact]
        public void Catalog_has_the_names_the_generator_gives()
        {
            SchemaCatalog catalog = SchemaCatalogCache.Get(TestAnalyzerOptions.Create(("/cache/names/custom-fields.json", Schemas.UserAndRole, true)), CancellationToken.None)!;

            Assert.Equal(new[] { "App.RoleCustomData", "App.UserCustomData" }, catalog.Classes.Select(c => c.MetadataName));
            Assert.True(catalog.ForTarget("USER")!.TryGetField("school", out KnownField school));
            Assert.Equal(FieldDataType.Enum, school.DataType);
            Assert.Equal("SchoolValue", school.PropertyName);
            Assert.Equal("UserCustomData.Keys.School", school.KeyConstantDisplay);
            Assert.Equal(new[] { "pku", "hust", "tsinghua" }, school.OptionValues);
            Assert.True(school.TryGetOptionMember("hust", out string member));
            Assert.Equal("School.Hust", member);
            Assert.Null(catalog.ForTarget("GROUP"));
        }
    }
}
