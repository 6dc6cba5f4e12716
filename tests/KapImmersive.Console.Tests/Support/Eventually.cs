namespace KapImmersive.Console.Tests.Support;

/// <summary>Waits for a condition instead of sleeping a fixed time; fails with a message when it never holds.</summary>
internal static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"within {within.TotalSeconds:0.#} s: {what}");
            }

            await Task.Delay(20);
        }
    }
}
