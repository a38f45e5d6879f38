using System;
using System.Globalization;
using System.Linq;
using FieldGen;
using FieldGen.Runtime.Tests.Metadata;
using Xunit;

namespace FieldGen.Runtime.Tests.MetadataBehaviour
{
    /// <summary>
    /// The generated Fields metadata as an app uses it: labels in every culture of the schema and the
    /// fallbacks (parent culture, label, key), V2 labelEn, options by enum member and by wire value, flags.
    /// </summary>
    public class FieldMetadataTests
    {
        private static readonly CustomFieldInfo<UserCustomData.School> School = UserCustomData.Fields.School;

        [Theory]
        [InlineData("zh-CN", "学校")]
        [InlineData("en-US", "School")]
        [InlineData("ja-JP", "学校（日本語）")]
        [InlineData("ZH-cn", "学校")]
        public void A_field_label_in_each_enabled_culture(string culture, string expected) =>
            Assert.Equal(expected, School.GetLabel(new CultureInfo(culture)));

        [Fact]
        public void A_disabled_language_falls_back_to_the_label()
        {
            Assert.False(School.Labels.ContainsKey("zh-TW"));
            Assert.Equal("School", School.GetLabel(new CultureInfo("zh-TW")));
        }

        [Fact]
        public void A_specific_culture_finds_its_parents_label()
        {
            // zh-Hans-CN's parent chain is zh-Hans, zh: no label there, so the field's label.
            Assert.Equal("School", School.GetLabel(new CultureInfo("zh-Hans-CN")));
            Assert.Equal("School", School.GetLabel(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_neutral_label_serves_its_specific_cultures()
        {
            CustomFieldInfo info = new CustomFieldInfo("k", "STRING", "Key", null, CustomFieldFlags.None, null, "zh", "中文", "en-US", "English");

            Assert.Equal("中文", info.GetLabel(new CultureInfo("zh-CN")));
            Assert.Equal("中文", info.GetLabel(new CultureInfo("zh-Hant-TW")));
            Assert.Equal("Key", info.GetLabel(new CultureInfo("en")));
            Assert.Equal("Key", info.GetLabel(new CultureInfo("en-GB")));
        }

        [Fact]
        public void No_culture_means_the_current_UI_culture()
        {
            CultureInfo saved = CultureInfo.CurrentUICulture;
            try
            {
                CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
                Assert.Equal("学校", School.GetLabel());
                Assert.Equal("北京大学", School.GetLabel(UserCustomData.School.Pku));
            }
            finally
            {
                CultureInfo.CurrentUICulture = saved;
            }
        }

        [Fact]
        public void A_field_without_i18n_or_label_uses_its_label_then_its_key()
        {
            Assert.Empty(UserCustomData.Fields.EmployeeId.Labels);
            Assert.Equal("Employee ID", UserCustomData.Fields.EmployeeId.GetLabel(new CultureInfo("ja-JP")));
            Assert.Equal("fields", UserCustomData.Fields.Fields_2.GetLabel(new CultureInfo("en-US")));
        }

        [Theory]
        [InlineData("pku", "en-US", "Peking University")]
        [InlineData("pku", "zh-CN", "北京大学")]
        [InlineData("tsinghua", "zh-TW", "清華大學")]
        [InlineData("tsinghua", "ja-JP", "清华大学")]
        [InlineData("mit", "en-US", "MIT")]
        public void Option_labels_by_wire_value(string value, string culture, string expected) =>
            Assert.Equal(expected, School.FindOption(value)!.GetLabel(new CultureInfo(culture)));

        [Fact]
        public void Option_label_from_the_enum_member_or_a_read_value_is_one_call()
        {
            var zhTw = new CultureInfo("zh-TW");
            Assert.Equal("清華大學", UserCustomData.Fields.School.GetLabel(UserCustomData.School.Tsinghua, zhTw));

            UserCustomData user = UserCustomData.FromJson("{\"school\":\"pku\"}");
            Assert.Equal("Peking University", School.GetLabel(user.SchoolValue!.Value, new CultureInfo("en-US")));
            Assert.Equal("harvard", School.GetLabel(OptionValue<UserCustomData.School>.Unlisted("harvard"), zhTw));
            Assert.Throws<ArgumentOutOfRangeException>(() => School.Option((UserCustomData.School)42));
        }

        [Fact]
        public void Options_list_enum_member_wire_value_and_tombstone_in_schema_order()
        {
            Assert.Equal(
                new[] { "Mit=mit@2026-12-01", "Pku=pku@", "Tsinghua=tsinghua@" },
                School.TypedOptions.Select(o => o.Option + "=" + o.Value + "@" + o.RemovedAt));
            Assert.Equal(School.TypedOptions.Select(o => o.Value), School.Options.Select(o => o.Value));
            Assert.Null(School.FindOption("PKU"));
            Assert.Empty(UserCustomData.Fields.EmployeeId.Options);
        }

        [Fact]
        public void All_lists_every_field_with_its_data_type_and_flags()
        {
            Assert.Equal(new[] { "all", "employee_id", "fields", "nickname2", "school" }, UserCustomData.Fields.All.Select(f => f.Key));
            CustomFieldInfo id = UserCustomData.Fields.EmployeeId;
            Assert.Equal("STRING", id.DataType);
            Assert.Equal(CustomFieldFlags.Unique | CustomFieldFlags.Encrypted | CustomFieldFlags.VisibleInAdminConsole, id.Flags);
            Assert.True(School.IsUserEditable && School.IsVisibleInUserCenter && School.IsVisibleInAdminConsole);
            Assert.Equal("Where the \"user\" studied", School.Description);
            Assert.Same(School, UserCustomData.Fields.All.Single(f => f.Key == "school"));
        }

        [Fact]
        public void A_tombstone_says_when_it_was_removed()
        {
            CustomFieldInfo removed = UserCustomData.Fields.All.Single(f => f.Key == "nickname2");
            Assert.Equal("2026-12-01", removed.RemovedAt);
            Assert.Null(School.RemovedAt);
        }

        [Fact]
        public void V2_labelEn_is_the_en_US_label_and_userVisible_adminVisible_are_flags()
        {
            CustomFieldInfo name = V2.UserCustomData.Fields.All.Single(f => f.Key == "name");

            Assert.Equal("Name", name.GetLabel(new CultureInfo("en-US")));
            Assert.Equal("姓名", name.GetLabel(new CultureInfo("zh-CN")));
            Assert.True(name.IsVisibleInUserCenter);
            Assert.True(name.IsVisibleInAdminConsole);
        }
    }
}
