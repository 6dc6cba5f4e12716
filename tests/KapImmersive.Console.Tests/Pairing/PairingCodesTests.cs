using KapImmersive.Console.Pairing;
using Microsoft.Extensions.Time.Testing;

namespace KapImmersive.Console.Tests.Pairing;

/// <summary>The one-time codes themselves, on a clock the test moves.</summary>
public sealed class PairingCodesTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public void A_code_works_until_ten_minutes_have_passed_and_not_a_moment_after()
    {
        var codes = new PairingCodes(_time);
        var early = codes.Create("hs-early", "", "clara")!;
        var late = codes.Create("hs-late", "", "clara")!;

        _time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromMilliseconds(1));
        Assert.Equal("hs-early", codes.Redeem(early.Code)?.HeadsetId);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Null(codes.Redeem(late.Code));
        Assert.False(codes.IsPending("hs-late"));
    }

    [Fact]
    public void A_code_is_spent_by_its_first_use_and_a_cancelled_one_never_works()
    {
        var codes = new PairingCodes(_time);
        var used = codes.Create("hs-used", "", "clara")!;
        var cancelled = codes.Create("hs-cancelled", "", "clara")!;

        Assert.NotNull(codes.Redeem(used.Code));
        Assert.Null(codes.Redeem(used.Code));
        Assert.True(codes.Cancel("hs-cancelled"));
        Assert.Null(codes.Redeem(cancelled.Code));
    }

    [Fact]
    public void Only_a_few_codes_wait_at_once_and_each_is_six_digits_of_its_own()
    {
        var codes = new PairingCodes(_time);
        var made = Enumerable.Range(0, PairingCodes.MaxPending).Select(i => codes.Create($"hs-{i}", "", "clara")!).ToList();

        Assert.Null(codes.Create("hs-one-too-many", "", "clara"));
        Assert.All(made, p => Assert.Matches("^[0-9]{6}$", p.Code));
        Assert.Equal(made.Count, made.Select(p => p.Code).Distinct().Count());
        _time.Advance(PairingCodes.Lifetime);
        Assert.NotNull(codes.Create("hs-after-expiry", "", "clara"));
    }

    [Theory]
    [InlineData("123456", "123456")]
    [InlineData(" 123 456 ", "123456")]
    [InlineData("123-456", "123456")]
    [InlineData("12345", null)]
    [InlineData("1234567", null)]
    [InlineData("12345a", null)]
    [InlineData("１２３４５６", null)]
    [InlineData(null, null)]
    public void A_typed_code_is_read_as_six_digits_with_spaces_and_dashes_ignored(string? typed, string? expected) =>
        Assert.Equal(expected, PairingCodes.Normalize(typed));
}
