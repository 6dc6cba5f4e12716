using KapImmersive.Messaging.Connection;

namespace KapImmersive.Messaging.Tests.Connection;

public sealed class LinkOptionsTests
{
    [Theory]
    [InlineData("room-1", "", "Password is required: the broker refuses anonymous clients")]
    [InlineData("", "secret", "UserName is required: the broker refuses anonymous clients")]
    [InlineData("", "", "UserName and Password are required: the broker refuses anonymous clients")]
    public void A_missing_user_name_or_password_is_named_exactly(string userName, string password, string problem)
    {
        Assert.Equal([problem], new LinkOptions { UserName = userName, Password = password }.Problems());
    }
}
