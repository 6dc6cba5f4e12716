namespace KapImmersive.Console.Tests.Support;

/// <summary>Waits for a condition instead of sleeping a fixed time; fails with a message when it never holds.</summary>
internal static class Eventually
{
    public static Task HoldsAsync(Func<bool> condition, TimeSpan within, string what) => HoldsAsync(condition, within, what, () => "");

    /// <summary>As above; <paramref name="seen"/> says, on failure, what was there instead.</summary>
    public static async Task HoldsAsync(Func<bool> condition, TimeSpan within, string what, Func<string> seen)
    {
        var deadline = DateTime.UtcNow + within;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                var instead = seen();
                Assert.Fail($"within {within.TotalSeconds:0.#} s: {what}{(instead.Length == 0 ? "" : $"; {instead}")}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>As above, for a condition that has to ask something asynchronously (a browser page, say).</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"within {within.TotalSeconds:0.#} s: {what}");
            }

            await Task.Delay(20);
        }
    }
}
