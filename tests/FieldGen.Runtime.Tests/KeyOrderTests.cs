using System.Linq;
using System.Threading.Tasks;
using FieldGen.Runtime.Tests.Rich;
using Xunit;

namespace FieldGen.Runtime.Tests
{
    /// <summary>
    /// The reader tries the key that followed the previous one last time before hashing (a tenant's
    /// payloads come in one order). That guess must never change a value: payloads in other orders, with
    /// unknown keys between known ones, and readers racing on the same class read exactly what they hold.
    /// </summary>
    public class KeyOrderTests
    {
        private const string Forward = "{\"age\":18,\"class\":\"3A\",\"is.active\":true,\"school\":\"pku\",\"user_id\":\"u1\"}";
        private const string Backward = "{\"user_id\":\"u2\",\"school\":\"hust\",\"is.active\":false,\"class\":\"3B\",\"age\":19}";
        private const string Interleaved = "{\"class\":\"3C\",\"extra\":1,\"age\":20,\"user_id\":\"u3\",\"other\":[2],\"school\":\"mit\"}";

        [Fact]
        public void Payloads_in_changing_key_orders_read_their_own_values()
        {
            for (int round = 0; round < 3; round++)
            {
                AssertForward(UserCustomData.FromJson(Forward));
                AssertBackward(UserCustomData.FromJson(Backward));
                AssertInterleaved(UserCustomData.FromJson(Interleaved));
            }
        }

        [Fact]
        public void Readers_racing_on_one_class_read_their_own_values()
        {
            Parallel.For(0, 3000, i =>
            {
                switch (i % 3)
                {
                    case 0: AssertForward(UserCustomData.FromJson(Forward)); break;
                    case 1: AssertBackward(UserCustomData.FromJson(Backward)); break;
                    default: AssertInterleaved(UserCustomData.FromJson(Interleaved)); break;
                }
            });
        }

        private static void AssertForward(UserCustomData user)
        {
            Assert.Equal(18, user.Age_2);
            Assert.Equal("3A", user.Class);
            Assert.True(user.IsActive);
            Assert.Equal(UserCustomData.School.Pku, user.SchoolValue?.Option);
            Assert.Equal("u1", user.UserId_2);
            Assert.Empty(user.UnknownFields);
        }

        private static void AssertBackward(UserCustomData user)
        {
            Assert.Equal(19, user.Age_2);
            Assert.Equal("3B", user.Class);
            Assert.False(user.IsActive);
            Assert.Equal(UserCustomData.School.Hust, user.SchoolValue?.Option);
            Assert.Equal("u2", user.UserId_2);
            Assert.Empty(user.UnknownFields);
        }

        private static void AssertInterleaved(UserCustomData user)
        {
            Assert.Equal(20, user.Age_2);
            Assert.Equal("3C", user.Class);
            Assert.Null(user.IsActive);
            Assert.False(user.SchoolValue?.IsListed);
            Assert.Equal("mit", user.SchoolValue?.RawValue);
            Assert.Equal("u3", user.UserId_2);
            Assert.Equal(new[] { "extra", "other" }, user.UnknownFields.Keys.ToArray());
        }
    }
}
