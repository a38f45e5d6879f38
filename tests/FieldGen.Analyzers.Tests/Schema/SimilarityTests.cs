using FieldGen.Diagnostics;

namespace FieldGen.Analyzers.Tests.Schema
{
    /// <summary>Which near misses get a "did you mean".</summary>
    public sealed class SimilarityTests
    {
        private static readonly string[] Keys = { "age", "employee_id", "graduated_at", "is-verified", "school" };

        [Theory]
        [InlineData("scool", "school")]
        [InlineData("shcool", "school")]
        [InlineData("School", "school")]
        [InlineData("AGE", "age")]
        [InlineData("agee", "age")]
        [InlineData("employe_id", "employee_id")]
        [InlineData("is_verified", "is-verified")]
        [InlineData("graduatedat", "graduated_at")]
        public void Near_miss_suggests_the_key(string typed, string expected) =>
            Assert.Equal(new[] { expected }, Similarity.Nearest(typed, Keys));

        [Theory]
        [InlineData("mit")]
        [InlineData("nickname")]
        [InlineData("ag")]
        [InlineData("x")]
        public void Distant_text_suggests_nothing(string typed) =>
            Assert.Empty(Similarity.Nearest(typed, Keys));

        [Fact]
        public void Suggestions_are_nearest_first_then_ordinal_and_at_most_three() =>
            Assert.Equal(new[] { "PKX", "pka", "pku" }, Similarity.Nearest("pkx", new[] { "pkw", "pku", "zzz", "pkv", "pka", "PKX" }));

        [Theory]
        [InlineData("abc", "abc", 0)]
        [InlineData("abc", "acb", 1)]
        [InlineData("abc", "abcd", 1)]
        [InlineData("kitten", "sitting", 3)]
        public void Distance_counts_edits_with_swaps_as_one(string a, string b, int expected) =>
            Assert.Equal(expected, Similarity.Distance(a, b, budget: 5));

        [Fact]
        public void Distance_stops_at_the_budget() =>
            Assert.Equal(2, Similarity.Distance("abcdef", "uvwxyz", budget: 1));

        [Theory]
        [InlineData("部们", "部门")]
        [InlineData("学好", "学号")]
        [InlineData("工号吗", "工号码")]
        [InlineData("ぶもん", "ぶもの")]
        public void One_wide_character_off_a_short_key_suggests_it(string typed, string expected) =>
            Assert.Equal(new[] { expected }, Similarity.Nearest(typed, new[] { "部门", "学号", "工号码", "ぶもの", "age" }));

        [Theory]
        [InlineData("部")] // one character: any other one is as near
        [InlineData("甲乙")]
        public void A_single_wide_character_or_a_different_word_suggests_nothing(string typed) =>
            Assert.Empty(Similarity.Nearest(typed, new[] { "部门", "学号" }));
    }
}
