using System.Collections.Generic;

namespace FieldGen.Client
{
    /// <summary>The <c>data</c> of a list-users answer (<c>UserPagingDto</c>).</summary>
    internal sealed class UserPage<TCustomData>
        where TCustomData : CustomData, new()
    {
        public int TotalCount { get; set; }

        public List<GenAuthUser<TCustomData>> List { get; set; } = new List<GenAuthUser<TCustomData>>();
    }
}
