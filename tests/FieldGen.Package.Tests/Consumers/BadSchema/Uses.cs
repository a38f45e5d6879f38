public static class Uses
{
    public static string? Nick(Good.UserCustomData user) => user.Nickname2;
}
