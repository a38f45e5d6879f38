using FieldGen;
using FieldGen.Runtime.Tests.Rich;
using Xunit;

namespace FieldGen.Runtime.Tests
{
    /// <summary>Reading setCustomData bodies back into the typed classes (a fake of the API, a proxy, an audit log).</summary>
    public class SetCustomDataRequestReaderTests
    {
        [Fact]
        public void A_body_reads_into_typed_values_and_writes_back_the_same_list()
        {
            const string body = "{\"targetType\":\"USER\",\"targetIdentifier\":\"userId1\",\"namespace\":\"default\",\"tenantId\":\"t1\"," +
                "\"list\":[{\"key\":\"age\",\"value\":19},{\"key\":\"is.active\",\"value\":null},{\"key\":\"school\",\"value\":\"mit\"},{\"key\":\"nickname2\",\"value\":{\"a\":[1]}}]}";

            SetCustomDataRequest request = SetCustomDataRequest.FromJson<UserCustomData>(body);

            var user = Assert.IsType<UserCustomData>(request.Data);
            Assert.Equal(19d, user.Age_2);
            Assert.Null(user.IsActive);
            Assert.False(user.SchoolValue?.IsListed);
            Assert.Equal("mit", user.SchoolValue?.RawValue);
            Assert.Equal("[1]", user.UnknownFields["nickname2"].GetProperty("a").GetRawText());
            Assert.True(user.HasChanges);
            Assert.Equal(("userId1", "default", "t1"), (request.TargetIdentifier, request.Namespace, request.TenantId));
            Assert.Equal(body, request.ToJson());
        }

        [Fact]
        public void A_body_with_only_string_values_is_written_back_with_strings()
        {
            const string body = "{\"targetType\":\"USER\",\"targetIdentifier\":\"u\",\"list\":[{\"key\":\"age\",\"value\":\"18\"},{\"key\":\"is.active\",\"value\":\"true\"}]}";

            SetCustomDataRequest request = SetCustomDataRequest.FromUtf8Json<UserCustomData>(System.Text.Encoding.UTF8.GetBytes(body));

            Assert.Equal(18d, ((UserCustomData)request.Data).Age_2);
            Assert.Equal(body, request.ToJson());
        }

        [Fact]
        public void Members_may_come_in_any_order_and_unknown_members_are_ignored()
        {
            SetCustomDataRequest request = SetCustomDataRequest.FromJson<UserCustomData>(
                "{\"list\":[{\"key\":\"class\",\"value\":\"3A\"}],\"extra\":{\"x\":[1,2]},\"targetIdentifier\":\"u\"}");

            Assert.Equal("3A", ((UserCustomData)request.Data).Class);
            Assert.Equal("{\"targetType\":\"USER\",\"targetIdentifier\":\"u\",\"list\":[{\"key\":\"class\",\"value\":\"3A\"}]}", request.ToJson());
        }

        [Fact]
        public void A_tenant_named_by_the_items_becomes_the_request_tenant()
        {
            SetCustomDataRequest request = SetCustomDataRequest.FromJson<UserCustomData>(
                "{\"targetIdentifier\":\"u\",\"list\":[{\"key\":\"class\",\"value\":\"3A\",\"tenantId\":\"t9\"},{\"key\":\"age\",\"value\":3,\"tenantId\":\"t9\"}]}");

            Assert.Equal("t9", request.TenantId);
            Assert.Contains("\"tenantId\":\"t9\"", request.ToJson());
        }

        [Theory]
        [InlineData("{\"targetIdentifier\":\"u\",\"list\":[{\"key\":\"class\",\"value\":\"a\",\"tenantId\":\"t1\"},{\"key\":\"age\",\"value\":1,\"tenantId\":\"t2\"}]}", "$.list[1].tenantId")]
        [InlineData("{\"targetIdentifier\":\"u\",\"tenantId\":\"t1\",\"list\":[{\"key\":\"class\",\"value\":\"a\",\"tenantId\":\"t2\"}]}", "$.list")]
        [InlineData("{\"targetType\":\"ROLE\",\"targetIdentifier\":\"u\",\"list\":[]}", "$.targetType")]
        [InlineData("{\"targetType\":\"USER\",\"list\":[]}", "$.targetIdentifier")]
        [InlineData("{\"targetIdentifier\":7,\"list\":[]}", "$.targetIdentifier")]
        [InlineData("{\"targetIdentifier\":\"u\"}", "$.list")]
        [InlineData("{\"targetIdentifier\":\"u\",\"list\":{}}", "$.list")]
        [InlineData("{\"targetIdentifier\":\"u\",\"list\":[{\"value\":1}]}", "$.list[0]")]
        [InlineData("{\"targetIdentifier\":\"u\",\"list\":[{\"key\":\"class\",\"value\":\"a\"},{\"key\":\"age\",\"value\":\"old\"}]}", "$.list[1].value")]
        [InlineData("[]", "$")]
        [InlineData("{\"targetIdentifier\":\"u\",\"list\":[", "$")]
        public void A_body_that_cannot_be_read_throws_CustomDataFormatException_with_the_path(string body, string path)
        {
            var error = Assert.Throws<CustomDataFormatException>(() => SetCustomDataRequest.FromJson<UserCustomData>(body));

            Assert.Equal(path, error.Path);
        }
    }
}
