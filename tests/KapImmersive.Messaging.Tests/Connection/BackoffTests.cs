using KapImmersive.Messaging.Connection;

namespace KapImmersive.Messaging.Tests.Connection;

public sealed class BackoffTests
{
    [Fact]
    public void Waits_double_up_to_the_cap_with_jitter_in_the_upper_half_and_reset_after_success()
    {
        var backoff = new Backoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(2), new Random(7));
        var waits = Enumerable.Range(0, 10).Select(_ => backoff.Next().TotalMilliseconds).ToList();
        double[] ceilings = [100, 200, 400, 800, 1600, 2000, 2000, 2000, 2000, 2000];

        Assert.All(waits.Zip(ceilings), w => Assert.InRange(w.First, w.Second / 2, w.Second));
        Assert.True(waits.Distinct().Count() > 5, "jitter spreads the waits");
        backoff.Reset();
        Assert.InRange(backoff.Next().TotalMilliseconds, 50, 100);
    }
}
