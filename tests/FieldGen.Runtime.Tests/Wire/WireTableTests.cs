using System;
using System.Linq;
using FieldGen.Model;
using FieldGen.Wire;
using Xunit;

namespace FieldGen.Runtime.Tests.Wire
{
    /// <summary>The runtime's public target enum and the shared tables it takes its wire facts from stay one list.</summary>
    public class WireTableTests
    {
        [Fact]
        public void CustomFieldTarget_has_the_table_s_members_in_its_order_with_its_wire_names()
        {
            CustomFieldTarget[] members = (CustomFieldTarget[])Enum.GetValues(typeof(CustomFieldTarget));

            Assert.Equal(TargetTypes.All.Select(t => t.MemberName), members.Select(m => m.ToString()));
            Assert.Equal(TargetTypes.WireNames, members.Select(m => m.ToWireValue()));
            Assert.Equal(new[] { "USER", "ROLE", "GROUP", "DEPARTMENT" }, TargetTypes.WireNames);
        }

        [Fact]
        public void A_value_outside_the_enum_has_no_wire_name()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => ((CustomFieldTarget)4).ToWireValue());
            Assert.Throws<ArgumentOutOfRangeException>(() => ((CustomFieldTarget)(-1)).ToWireValue());
        }

        [Fact]
        public void Every_data_type_has_one_row_found_by_each_of_its_wire_names()
        {
            FieldDataType[] kinds = (FieldDataType[])Enum.GetValues(typeof(FieldDataType));

            Assert.Equal(kinds, DataTypes.All.Select(t => t.Kind));
            foreach (DataType type in DataTypes.All)
            {
                Assert.Same(type, DataTypes.Of(type.Kind));
                foreach (string name in type.WireNames)
                {
                    Assert.Same(type, DataTypes.FromWireName(name));
                    Assert.Same(type, DataTypes.FromWireName(name.ToLowerInvariant()));
                }
            }

            Assert.Same(DataTypes.Enum, DataTypes.FromWireName("SELECT"));
            Assert.Null(DataTypes.Find("NUMBR"));
            Assert.Same(DataTypes.Json, DataTypes.FromWireName("NUMBR"));
        }

        [Theory]
        [InlineData("STRING", null, "string?")]
        [InlineData("NUMBER", null, "double?")]
        [InlineData("BOOLEAN", null, "bool?")]
        [InlineData("DATETIME", null, "global::System.DateTimeOffset?")]
        [InlineData("SELECT", "global::App.UserCustomData.School", "global::FieldGen.OptionValue<global::App.UserCustomData.School>?")]
        [InlineData("OBJECT", null, "global::System.Text.Json.JsonElement?")]
        public void The_property_type_of_each_data_type(string wireName, string? optionEnum, string expected)
        {
            Assert.Equal(expected, DataTypes.FromWireName(wireName).PropertyType(optionEnum));
        }

        [Fact]
        public void IsValueType_says_what_the_runtime_type_is()
        {
            Assert.False(DataTypes.String.IsValueType);
            Assert.True(DataTypes.Number.IsValueType && typeof(double).IsValueType);
            Assert.True(DataTypes.DateTime.IsValueType && typeof(DateTimeOffset).IsValueType);
            Assert.True(DataTypes.Boolean.IsValueType);
            Assert.True(DataTypes.Enum.IsValueType && typeof(OptionValue<CustomFieldTarget>).IsValueType);
            Assert.True(DataTypes.Json.IsValueType && typeof(System.Text.Json.JsonElement).IsValueType);
        }

        [Fact]
        public void Only_types_sent_as_strings_anyway_ignore_valuesAsStrings()
        {
            Assert.Equal(new[] { "STRING", "DATETIME", "ENUM" }, DataTypes.All.Where(t => t.IsWrittenAsString).Select(t => t.WireNames[0]));
        }
    }
}
