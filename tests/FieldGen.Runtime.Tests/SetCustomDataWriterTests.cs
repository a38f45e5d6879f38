using System;
using System.Linq;
using System.Text.Json;
using FieldGen;
using FieldGen.Runtime.Tests.Rich;
using Xunit;

namespace FieldGen.Runtime.Tests
{
    /// <summary>Writing setCustomData bodies: only changed keys, native JSON or strings, unknown keys carried.</summary>
    public class SetCustomDataWriterTests
    {
        [Fact]
        public void Read_change_write_lists_only_the_changed_keys()
        {
            UserCustomData user = UserCustomData.FromJson("{\"statusCode\":200,\"data\":{\"age\":18,\"school\":\"pku\",\"class\":\"3A\",\"other\":1}}");
            user.SchoolValue = UserCustomData.School.Hust;
            user.Age_2 = user.Age_2 + 1;

            string body = user.ToSetCustomDataRequest("userId1").ToJson();

            Assert.Equal("{\"targetType\":\"USER\",\"targetIdentifier\":\"userId1\",\"list\":[{\"key\":\"age\",\"value\":19},{\"key\":\"school\",\"value\":\"hust\"}]}", body);
        }

        [Fact]
        public void Every_data_type_is_written_as_native_json()
        {
            var user = new UserCustomData
            {
                Age_2 = 0.10,
                HiredAt = new DateTimeOffset(2024, 5, 6, 7, 8, 9, 123, TimeSpan.Zero),
                IsActive = false,
                Class = "A \"quoted\" class",
                LevelValue = UserCustomData.Level._1,
                Address = JsonDocument.Parse("{\"city\":\"Wuhan\"}").RootElement,
            };

            string body = user.ToSetCustomDataRequest("u").ToJson();

            Assert.Equal(
                "{\"targetType\":\"USER\",\"targetIdentifier\":\"u\",\"list\":[" +
                "{\"key\":\"address\",\"value\":{\"city\":\"Wuhan\"}}," +
                "{\"key\":\"age\",\"value\":0.1}," +
                "{\"key\":\"class\",\"value\":\"A \\\"quoted\\\" class\"}," +
                "{\"key\":\"hired-at\",\"value\":\"2024-05-06T07:08:09.123Z\"}," +
                "{\"key\":\"is.active\",\"value\":false}," +
                "{\"key\":\"level\",\"value\":\"1\"}]}",
                body);
        }

        [Fact]
        public void Values_as_strings_sends_every_value_as_a_string_like_the_generated_sdks()
        {
            var user = new UserCustomData { Age_2 = 18, IsActive = true, Address = JsonDocument.Parse("[1,2]").RootElement };

            string body = user.ToSetCustomDataRequest("u", valuesAsStrings: true).ToJson();

            Assert.Contains("{\"key\":\"age\",\"value\":\"18\"}", body);
            Assert.Contains("{\"key\":\"is.active\",\"value\":\"true\"}", body);
            Assert.Contains("{\"key\":\"address\",\"value\":\"[1,2]\"}", body);
        }

        [Fact]
        public void Clearing_a_value_sends_null()
        {
            UserCustomData user = UserCustomData.FromJson("{\"age\":18}");
            user.Age_2 = null;

            Assert.Equal("{\"targetType\":\"USER\",\"targetIdentifier\":\"u\",\"list\":[{\"key\":\"age\",\"value\":null}]}", user.ToSetCustomDataRequest("u").ToJson());
        }

        [Fact]
        public void Role_requests_carry_namespace_and_tenant()
        {
            var role = new RoleCustomData { MaxMembers = 5 };

            string body = role.ToSetCustomDataRequest("admin", @namespace: "default", tenantId: "t1").ToJson();

            Assert.Equal("{\"targetType\":\"ROLE\",\"targetIdentifier\":\"admin\",\"namespace\":\"default\",\"tenantId\":\"t1\",\"list\":[{\"key\":\"max_members\",\"value\":5}]}", body);
        }

        [Fact]
        public void An_unlisted_option_read_from_the_server_is_written_back_unchanged()
        {
            UserCustomData user = UserCustomData.FromJson("{\"school\":\"mit\"}");
            user.SchoolValue = user.SchoolValue;

            Assert.Contains("{\"key\":\"school\",\"value\":\"mit\"}", user.ToSetCustomDataRequest("u").ToJson());
        }

        [Fact]
        public void An_unlisted_option_can_be_sent_on_purpose()
        {
            var user = new UserCustomData { SchoolValue = OptionValue<UserCustomData.School>.Unlisted("stanford") };

            Assert.Contains("{\"key\":\"school\",\"value\":\"stanford\"}", user.ToSetCustomDataRequest("u").ToJson());
        }

        [Fact]
        public void Unknown_keys_set_by_the_caller_go_through_unchanged_and_read_ones_stay_out()
        {
            UserCustomData user = UserCustomData.FromJson("{\"read_only_unknown\":1}");
            user.UnknownFields.Set("new_field", JsonDocument.Parse("{\"deep\":[true]}").RootElement);
            user.UnknownFields.Set("nickname2", "Ann");

            string body = user.ToSetCustomDataRequest("u").ToJson();

            Assert.Equal("{\"targetType\":\"USER\",\"targetIdentifier\":\"u\",\"list\":[{\"key\":\"new_field\",\"value\":{\"deep\":[true]}},{\"key\":\"nickname2\",\"value\":\"Ann\"}]}", body);
        }

        [Fact]
        public void AcceptChanges_empties_the_next_request()
        {
            var user = new UserCustomData { Age_2 = 1 };
            user.UnknownFields.Set("x", "y");
            Assert.True(user.HasChanges);

            user.AcceptChanges();

            Assert.False(user.HasChanges);
            Assert.Equal("{\"targetType\":\"USER\",\"targetIdentifier\":\"u\",\"list\":[]}", user.ToSetCustomDataRequest("u").ToJson());
        }

        [Fact]
        public void The_request_serializes_through_JsonSerializer()
        {
            var group = new GroupCustomData { RegionValue = GroupCustomData.Region.EuWest };
            SetCustomDataRequest request = group.ToSetCustomDataRequest("g1");

            Assert.Equal(request.ToJson(), JsonSerializer.Serialize(request));
            Assert.Contains("\"value\":\"eu-west\"", request.ToJson());
        }

        [Fact]
        public void Assigning_an_undefined_enum_value_is_refused()
        {
            var user = new UserCustomData();

            Assert.Throws<ArgumentOutOfRangeException>(() => user.SchoolValue = (UserCustomData.School)42);
        }


        [Fact]
        public void ToBatches_splits_the_changed_keys_at_the_documented_cap_of_50()
        {
            var user = new UserCustomData { Age_2 = 1, Class = "c" };
            for (int i = 0; i < 118; i++)
            {
                user.UnknownFields.Set("extra_" + i.ToString("D3"), i.ToString());
            }

            var batches = user.ToSetCustomDataRequest("u", @namespace: "ns").ToBatches();

            Assert.Equal(3, batches.Count);
            var keys = new System.Collections.Generic.List<string>();
            int[] sizes = new int[3];
            for (int b = 0; b < batches.Count; b++)
            {
                using JsonDocument body = JsonDocument.Parse(batches[b].ToJson());
                Assert.Equal("u", body.RootElement.GetProperty("targetIdentifier").GetString());
                Assert.Equal("ns", body.RootElement.GetProperty("namespace").GetString());
                JsonElement list = body.RootElement.GetProperty("list");
                sizes[b] = list.GetArrayLength();
                foreach (JsonElement item in list.EnumerateArray())
                {
                    keys.Add(item.GetProperty("key").GetString()!);
                }
            }

            Assert.Equal(new[] { 50, 50, 20 }, sizes);
            using JsonDocument whole = JsonDocument.Parse(user.ToSetCustomDataRequest("u").ToJson());
            Assert.Equal(whole.RootElement.GetProperty("list").EnumerateArray().Select(i => i.GetProperty("key").GetString()), keys);
        }

        [Fact]
        public void ToBatches_of_an_unchanged_object_is_one_empty_request()
        {
            var batch = Assert.Single(new UserCustomData().ToSetCustomDataRequest("u").ToBatches());

            Assert.Equal("{\"targetType\":\"USER\",\"targetIdentifier\":\"u\",\"list\":[]}", batch.ToJson());
        }
    }
}
