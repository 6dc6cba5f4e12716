namespace KapImmersive.Headset.Tests.Support;

internal static class Eventually
{
    /// <summary>Waits, in real time, for a condition that another thread or the network makes true.</summary>
    public static async Task TrueAsync(Func<bool> condition, string what, double seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"gave up after {seconds} s waiting for {what}");
            }

            await Task.Delay(10);
        }
    }
}
