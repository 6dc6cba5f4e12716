using KapImmersive.Console.Accounts;
using Microsoft.Extensions.Time.Testing;

namespace KapImmersive.Console.Tests.Accounts;

public sealed class SignInThrottleTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Clara = ["name:CLARA", "address:127.0.0.1"];

    [Fact]
    public void Sign_in_is_refused_for_a_minute_after_five_wrong_passwords_and_free_again_after()
    {
        var time = new FakeTimeProvider(Monday);
        var throttle = new SignInThrottle(5, TimeSpan.FromMinutes(1), time);
        FailTimes(throttle, Clara, 5);

        Assert.Null(throttle.TryBegin(["name:CLARA"], out var wait));
        Assert.Equal(TimeSpan.FromMinutes(1), wait);
        Assert.Null(throttle.TryBegin(["name:BOB", "address:127.0.0.1"], out _));
        Assert.NotNull(throttle.TryBegin(["name:BOB", "address:127.0.0.2"], out _));
        time.Advance(TimeSpan.FromSeconds(61));
        Assert.NotNull(throttle.TryBegin(Clara, out wait));
        Assert.Equal(TimeSpan.Zero, wait);
    }

    [Fact]
    public void Attempts_under_way_count_so_simultaneous_ones_beyond_the_limit_are_refused_before_any_is_checked()
    {
        var throttle = new SignInThrottle(5, TimeSpan.FromMinutes(1), new FakeTimeProvider(Monday));
        var begun = Enumerable.Range(0, 40).Select(i => throttle.TryBegin(Clara, out var ignored)).ToList();
        Assert.Equal(5, begun.Count(a => a is not null));

        foreach (var attempt in begun.OfType<SignInAttempt>())
        {
            throttle.Failed(attempt);
        }

        Assert.Null(throttle.TryBegin(Clara, out var wait));
        Assert.Equal(TimeSpan.FromMinutes(1), wait);
    }

    [Fact]
    public void Each_new_lock_of_the_same_key_lasts_twice_as_long_as_the_one_before_and_a_success_forgives()
    {
        var time = new FakeTimeProvider(Monday);
        var throttle = new SignInThrottle(5, TimeSpan.FromMinutes(1), time);
        foreach (var minutes in new[] { 1, 2, 4, 8 })
        {
            FailTimes(throttle, Clara, 5);
            Assert.Null(throttle.TryBegin(Clara, out var wait));
            Assert.Equal(TimeSpan.FromMinutes(minutes), wait);
            time.Advance(wait);
        }

        throttle.Succeeded(throttle.TryBegin(Clara, out _)!);
        FailTimes(throttle, Clara, 5);
        Assert.Null(throttle.TryBegin(Clara, out var afresh));
        Assert.Equal(TimeSpan.FromMinutes(1), afresh);
    }

    private static void FailTimes(SignInThrottle throttle, string[] keys, int times)
    {
        for (var i = 0; i < times; i++)
        {
            throttle.Failed(throttle.TryBegin(keys, out _) ?? throw new InvalidOperationException($"attempt {i + 1} was refused"));
        }
    }
}
